import { expect, test } from '@playwright/test';
import type { FullConfig, TestCase, TestResult } from '@playwright/test/reporter';
import { KEPT_WORKER, mayKeepWorker, restoreExpectedStatus } from './kept-worker.ts';

const configWith = (...reporters: string[]) =>
  ({ reporter: reporters.map((name) => [name, undefined]) }) as unknown as FullConfig;

test('a worker stays after a failure only when the restoring reporter comes first and nothing is retried', () => {
  const restoring = '/suite/reports/src/kept-worker-reporter.ts';
  expect(mayKeepWorker(configWith(restoring, '/suite/reports/src/certificate-reporter.ts'), 0)).toBe(true);
  // `--reporter=blob` (shards) or any reporter list of a user's own: the failure must stay unexpected.
  expect(mayKeepWorker(configWith('blob'), 0)).toBe(false);
  expect(mayKeepWorker(configWith('list', restoring), 0)).toBe(false);
  expect(mayKeepWorker(configWith(), 0)).toBe(false);
  // A retried test must fail unexpectedly, or Playwright would not retry it.
  expect(mayKeepWorker(configWith(restoring), 1)).toBe(false);
});

test('a kept failure is a failure again for every later reporter, and its mark leaves the reports', () => {
  const kept = { type: KEPT_WORKER, description: 'passed' };
  const other = { type: 'requirement', description: 'create.username.max-length' };
  const test = { expectedStatus: 'failed', annotations: [other, kept] } as unknown as TestCase;
  const result = { status: 'failed', annotations: [other, kept] } as unknown as TestResult;
  restoreExpectedStatus(test, result);
  expect(test.expectedStatus).toBe('passed');
  expect(result.annotations).toEqual([other]);
  expect(test.annotations).toEqual([other]);
  // A test that was expected to fail all along (no mark) keeps its expectation.
  const declared = { expectedStatus: 'failed', annotations: [] } as unknown as TestCase;
  restoreExpectedStatus(declared, { status: 'failed', annotations: [] } as unknown as TestResult);
  expect(declared.expectedStatus).toBe('failed');
});
