import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SAFETY_DIR } from '../../lib/safety/ledger.ts';

// Playwright replaces a worker after every failed test, so the time a run has spent shrinking is kept
// in a file of the run (all workers append to it), not in a variable.
function budgetFile(): string {
  return path.join(process.cwd(), SAFETY_DIR, `shrink-${process.env.CONFORMANCE_RUN_ID ?? 'local'}.log`);
}

/** What the run's workers have spent shrinking and explaining failures so far: wall time and requests. */
export function runShrinkSpent(): { ms: number; requests: number } {
  try {
    return readFileSync(budgetFile(), 'utf8')
      .split('\n')
      .reduce(
        (sum, line) => {
          const [ms, requests] = line.split(' ').map(Number);
          return { ms: sum.ms + (ms || 0), requests: sum.requests + (requests || 0) };
        },
        { ms: 0, requests: 0 },
      );
  } catch {
    return { ms: 0, requests: 0 };
  }
}

export function addRunShrink(ms: number, requests: number): void {
  mkdirSync(path.dirname(budgetFile()), { recursive: true });
  appendFileSync(budgetFile(), `${Math.round(ms)} ${requests}\n`);
}
