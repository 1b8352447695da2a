import { housekeepingClient } from './housekeeping-client.ts';
import { describeTarget, resellersOf, resolveTarget } from '../target/resolve-target.ts';
import { reportCleanup } from './cleanup-report.ts';
import { forgetFinishedRuns, leftoverPicker, markRunLive } from './live-runs.ts';
import { probeTarget, PROBE_TIMEOUT_MS } from './probe-target.ts';
import { productionGuard } from './production-guard.ts';
import { removeCustomers } from './remove-customers.ts';

/**
 * Before any test: refuse production writes without consent; one retrieve to tell an unreachable
 * target or refused credentials in one message (instead of hundreds of failures); then sweep the
 * customers earlier, interrupted runs left behind (suite prefix and run id, runs that are over only).
 */
export default async function globalSetup(): Promise<void> {
  const target = resolveTarget();
  // Once per run: what is tested, with which seed (never the key).
  console.log(describeTarget(target));
  const warning = productionGuard(target);
  if (warning) console.warn(warning);
  const listing = await probeTarget(target);
  if ('failure' in listing) {
    console.warn(
      `[setup] retrieve did not answer a customer list (${listing.failure}); ` +
        'the tests will say more. No leftovers swept.',
    );
    return;
  }
  markRunLive(target.runId);
  const client = housekeepingClient(target, { timeoutMs: PROBE_TIMEOUT_MS, connections: 1, maxRetries: 0 });
  try {
    const outcome = await removeCustomers(client, resellersOf(target), leftoverPicker(target.runPrefix, target.runId));
    reportCleanup('sweep at start', target.runId, outcome);
    if (outcome.failures.length === 0) forgetFinishedRuns(target.runId);
  } finally {
    await client.close();
  }
}
