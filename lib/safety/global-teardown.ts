import { rmSync } from 'node:fs';
import { resellersOf, resolveTarget } from '../target/resolve-target.ts';
import { reportCleanup } from './cleanup-report.ts';
import { housekeepingClient } from './housekeeping-client.ts';
import { ledgerPath, readLedger } from './ledger.ts';
import { isRunLive, markRunEnded } from './live-runs.ts';
import { removeCustomers } from './remove-customers.ts';

/**
 * After the run, whatever happened to the tests: deletes every listed customer this run may have
 * created (the ledger's names, and anything with this run's prefix). The ledger goes once all is clean.
 */
export default async function globalTeardown(): Promise<void> {
  const target = resolveTarget();
  // Setup stopped the run before any test (unreachable target, refused credentials): nothing to clean.
  if (!isRunLive(target.runId)) return;
  const ledger = ledgerPath(target.runId);
  const recorded = new Set(readLedger(ledger).map((entry) => entry.username.toLowerCase()));
  const client = housekeepingClient(target, { timeoutMs: 10_000, connections: 2 });
  try {
    const outcome = await removeCustomers(
      client,
      resellersOf(target),
      (username) => recorded.has(username.toLowerCase()) || username.toLowerCase().startsWith(target.namePrefix),
    );
    reportCleanup('teardown', target.runId, outcome);
    if (outcome.failures.length === 0) rmSync(ledger, { force: true });
  } finally {
    await client.close();
    markRunEnded(target.runId);
  }
}
