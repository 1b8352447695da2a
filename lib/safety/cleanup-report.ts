import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { SAFETY_DIR } from './ledger.ts';
import type { CleanupOutcome } from './remove-customers.ts';

export function cleanupLogPath(runId: string, root = process.cwd()): string {
  return path.join(root, SAFETY_DIR, `cleanup-${runId}.log`);
}

/**
 * Says what a cleanup did; failures loudly (stderr, and appended to .conformance/cleanup-<run>.log)
 * but without failing anything: a leftover customer is the next sweep's work, not a test's fault.
 */
export function reportCleanup(stage: string, runId: string, outcome: CleanupOutcome, root = process.cwd()): void {
  if (outcome.deleted.length > 0)
    console.log(`[cleanup] ${stage}: deleted ${outcome.deleted.length} customer(s) the suite had left`);
  if (outcome.failures.length === 0) return;
  const file = cleanupLogPath(runId, root);
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(
    file,
    outcome.failures.map((failure) => `${new Date().toISOString()} ${stage}: ${failure}\n`).join(''),
  );
  console.error(
    [
      `!!! [cleanup] ${stage}: ${outcome.failures.length} problem(s); customers may be left on the target ` +
        `(run \`npm run cleanup\`). Details in ${file}:`,
      ...outcome.failures.map((failure) => `!!!   ${failure}`),
    ].join('\n'),
  );
}
