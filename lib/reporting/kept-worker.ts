import type { FullConfig, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Playwright replaces a worker after every failed test: a new process, Playwright and the test files loaded
 * again, the worker fixtures set up again (about 2 s of CPU here). A conformance test's failure says what the
 * target did; the worker fixtures (target, pool, contracts, stamps) do not depend on it, so the worker may
 * stay. Playwright keeps a worker only after an expected outcome: the fixture makes a failure expected and
 * marks it with this annotation (its description: the test's own expected status), and the reporter that
 * comes first restores the expectation before any other reporter sees the test.
 */
export const KEPT_WORKER = 'kept-worker-after-failure';

/** The reporter that restores kept failures; the fixture keeps a worker only when it is the first reporter. */
export const KEPT_WORKER_REPORTER = 'kept-worker-reporter.ts';

/** A worker may stay after a failure: the restoring reporter comes first and no test is retried. */
export function mayKeepWorker(config: FullConfig, retries: number): boolean {
  return retries === 0 && (config.reporter[0]?.[0] ?? '').endsWith(KEPT_WORKER_REPORTER);
}

/** A failure made expected to keep its worker is a failure again, and its mark leaves the reports. */
export function restoreExpectedStatus(test: TestCase, result: TestResult): void {
  const kept = result.annotations.find((annotation) => annotation.type === KEPT_WORKER);
  if (!kept) return;
  test.expectedStatus = kept.description as TestCase['expectedStatus'];
  result.annotations = result.annotations.filter((annotation) => annotation !== kept);
  test.annotations = test.annotations.filter((annotation) => annotation.type !== KEPT_WORKER);
}
