import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { restoreExpectedStatus } from '../../lib/reporting/kept-worker.ts';

/**
 * First in every configuration's reporter list: a failure whose worker was kept (lib/reporting/kept-worker.ts)
 * is a failure again before the next reporter, and Playwright's own count of failures, see it.
 */
export default class KeptWorkerReporter implements Reporter {
  printsToStdio(): boolean {
    return false;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    restoreExpectedStatus(test, result);
  }
}
