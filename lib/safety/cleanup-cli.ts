import { resellersOf, resolveTarget } from '../target/resolve-target.ts';
import { reportCleanup } from './cleanup-report.ts';
import { housekeepingClient } from './housekeeping-client.ts';
import { removeCustomers } from './remove-customers.ts';
import { leftoverPicker } from './live-runs.ts';
import { newRunId } from './run-id.ts';

// `npm run cleanup` (CONFORMANCE_TARGET selects the profile): removes every customer earlier runs
// left on the target — usernames with the suite's prefix and the run id of a run that is over, nothing else.
process.env.CONFORMANCE_RUN_ID ??= newRunId();
process.env.CONFORMANCE_SEED ??= '0';
const target = resolveTarget();
const client = housekeepingClient(target, { timeoutMs: 10_000, connections: 1 });
const outcome = await removeCustomers(client, resellersOf(target), leftoverPicker(target.runPrefix, target.runId));
await client.close();
reportCleanup('npm run cleanup', target.runId, outcome);
console.log(
  `[cleanup] ${target.name} at ${target.baseUrl}: ` +
    `${outcome.deleted.length} deleted, ${outcome.failures.length} problem(s)`,
);
process.exitCode = outcome.failures.length > 0 ? 1 : 0;
