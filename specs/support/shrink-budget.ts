import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SAFETY_DIR } from '../../lib/safety/ledger.ts';

// Playwright replaces a worker after every failed test, so the time a run has spent shrinking is kept
// in a file of the run (all workers append to it), not in a variable.
function budgetFile(): string {
  return path.join(process.cwd(), SAFETY_DIR, `shrink-${process.env.CONFORMANCE_RUN_ID ?? 'local'}.log`);
}

/** Milliseconds the run's workers have spent shrinking and explaining failures so far. */
export function runShrinkMs(): number {
  try {
    return readFileSync(budgetFile(), 'utf8')
      .split('\n')
      .reduce((sum, line) => sum + (Number(line) || 0), 0);
  } catch {
    return 0;
  }
}

export function addRunShrinkMs(ms: number): void {
  mkdirSync(path.dirname(budgetFile()), { recursive: true });
  appendFileSync(budgetFile(), `${Math.round(ms)}\n`);
}
