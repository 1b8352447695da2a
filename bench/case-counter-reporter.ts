import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * For bench runs: the generated cases checked (the tests' `cases` annotations) and the outcomes, written to
 * BENCH_COUNTS_FILE.
 */
export default class CaseCounterReporter implements Reporter {
  private cases = 0;
  private tests = 0;
  private passed = 0;
  private testMs = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    this.tests++;
    if (result.status === 'passed') this.passed++;
    this.testMs += result.duration;
    // Annotations added while the test runs are on the result (Playwright >= 1.52), else on the test.
    const annotations = result.annotations.some((annotation) => annotation.type === 'cases')
      ? result.annotations
      : test.annotations;
    for (const annotation of annotations) if (annotation.type === 'cases') this.cases += Number(annotation.description);
  }

  onEnd(result: FullResult): void {
    const file = process.env.BENCH_COUNTS_FILE;
    if (file)
      writeFileSync(
        file,
        JSON.stringify({
          cases: this.cases,
          tests: this.tests,
          passed: this.passed,
          testMs: this.testMs,
          status: result.status,
          durationMs: result.duration,
        }),
      );
  }
}
