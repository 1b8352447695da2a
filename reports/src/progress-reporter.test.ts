import { expect, test } from '@playwright/test';
import type { FullConfig, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import ProgressReporter from './progress-reporter.ts';

type Outcome = 'passed' | 'failed';

function fakeTest(title: string, retries = 0): TestCase {
  let last: Outcome = 'passed';
  return {
    title,
    retries,
    annotations: [],
    titlePath: () => ['', 'conformance', 'specs/x.spec.ts', 'json', title],
    outcome: () => (last === 'passed' ? 'expected' : 'unexpected'),
    setLast: (outcome: Outcome) => void (last = outcome),
  } as unknown as TestCase;
}

function fakeResult(test: TestCase, status: Outcome, cases: number, retry = 0, violated: string[] = []): TestResult {
  (test as unknown as { setLast(outcome: Outcome): void }).setLast(status);
  return {
    status,
    retry,
    annotations: [
      { type: 'cases', description: String(cases) },
      ...violated.map((description) => ({ type: 'violated', description })),
    ],
    error: status === 'failed' ? { message: '\u001b[31mError: expected refusal\u001b[39m\nmore' } : undefined,
  } as unknown as TestResult;
}

function harness(live: boolean, count: number) {
  let clock = 0;
  const written: string[] = [];
  const reporter = new ProgressReporter({ live, write: (text) => void written.push(text), now: () => clock });
  const tests = Array.from({ length: count }, (_, index) => fakeTest(`test ${index + 1}`));
  reporter.onBegin({} as FullConfig, { allTests: () => tests } as unknown as Suite);
  return { reporter, tests, written, tick: (ms: number) => void (clock += ms) };
}

test(
  'in CI: a plain line per tenth of the run with tests, cases, ' +
    'failures and the time left; each failure named once',
  () => {
    const { reporter, tests, written, tick } = harness(false, 40);
    tests.forEach((t, index) => {
      tick(1_000);
      reporter.onTestEnd(
        t,
        fakeResult(t, index === 4 ? 'failed' : 'passed', 10, 0, index === 4 ? ['create.username.max-length'] : []),
      );
    });
    reporter.onEnd({ status: 'failed' } as FullResult);
    const lines = written.join('').split('\n').filter(Boolean);
    expect(lines[0]).toBe('Running 40 tests');
    // 9 tenths, one failure, the start and the end: not a line per test.
    expect(lines).toHaveLength(12);
    expect(lines).toContain('  failed: json › test 5 (breaks create.username.max-length)');
    expect(lines).toContain('20/40 tests (50%) · 200 cases · 1 failed · 20 s · about 20 s left');
    expect(lines.at(-1)).toBe('40/40 tests (100%) · 400 cases · 1 failed · 40 s — failed');
    expect(written.join('')).not.toContain('\r');
  },
);

test('in a terminal: one line updated in place; failures are printed above it', () => {
  const { reporter, tests, written, tick } = harness(true, 10);
  tests.forEach((t, index) => {
    tick(500);
    reporter.onTestEnd(t, fakeResult(t, index === 7 ? 'failed' : 'passed', 3));
  });
  reporter.onEnd({ status: 'failed' } as FullResult);
  const output = written.join('');
  // Newlines only for the start line, the failure and the end: every other update rewrites the line.
  expect(output.split('\n')).toHaveLength(4);
  expect(output).toContain('\r\u001b[2K8/10 tests (80%) · 24 cases · 1 failed · 4 s · about 1 s left');
  expect(output).toContain('  failed: json › test 8: Error: expected refusal\n');
  expect(output.endsWith('10/10 tests (100%) · 30 cases · 1 failed · 5 s — failed\n')).toBe(true);
});

test('a failed attempt that will be retried does not count as a test done', () => {
  const { reporter, tests, written } = harness(false, 1);
  const [only] = tests as [TestCase];
  (only as { retries: number }).retries = 1;
  reporter.onTestEnd(only, fakeResult(only, 'failed', 5, 0));
  expect(reporter.summary()).toContain('0/1 tests');
  reporter.onTestEnd(only, fakeResult(only, 'passed', 5, 1));
  expect(reporter.summary()).toContain('1/1 tests (100%) · 5 cases · 0 failed');
  expect(written.join('')).not.toContain('failed:');
});
