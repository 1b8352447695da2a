import { expect, test } from '@playwright/test';
import type { Requirement } from '../../lib/contracts/types.ts';
import type { Expectation, TestOutcome } from './certificate-types.ts';
import { buildCertificate } from './certificate-build.ts';
import { requirementResult } from './requirement-status.ts';
import { verdictOf } from './verdict.ts';

const requirement = (
  id: string,
  level: Requirement['level'] = 'documented',
  extra: Partial<Requirement> = {},
): Requirement => ({
  id,
  level,
  statement: `statement of ${id}`,
  source: { seed: '000.txt', section: 'Create a Customer' },
  operations: ['create'],
  formats: ['json', 'xml'],
  ...extra,
});

const outcome = (
  title: string,
  status: TestOutcome['status'],
  requirements: string[],
  extra: Partial<TestOutcome> = {},
): TestOutcome => ({
  title,
  fullTitle: title,
  location: 'specs/x.spec.ts:1',
  status,
  requirements,
  violated: [],
  blocked: {},
  notApplicable: {},
  operations: ['create'],
  formats: ['json'],
  verbs: [],
  failures: [],
  ...extra,
});

const statusOf = (r: Requirement, outcomes: TestOutcome[], expectations: Expectation[] = []) =>
  requirementResult(r, outcomes, expectations);

test('a requirement no test names is not-run; an untestable one is not-applicable with its reason', () => {
  expect(statusOf(requirement('a'), []).status).toBe('not-run');
  const untestable = statusOf(requirement('b', 'documented', { untestable: 'no API can observe billing' }), []);
  expect(untestable).toMatchObject({ status: 'not-applicable', reason: 'no API can observe billing' });
});

test('a failed test marks only its violated requirements failed; its other requirements rest on other tests', () => {
  const failing = outcome('t1', 'failed', ['a', 'b'], { violated: ['a'], failures: [{ requirement: 'a' } as never] });
  expect(statusOf(requirement('a'), [failing]).status).toBe('failed');
  expect(statusOf(requirement('a'), [failing]).failures).toHaveLength(1);
  expect(statusOf(requirement('b'), [failing])).toMatchObject({ status: 'blocked', blockedBy: ['a'] });
  expect(statusOf(requirement('b'), [failing, outcome('t2', 'passed', ['b'])]).status).toBe('passed');
});

test('a requirement a test found broken counts as failed even when the test does not name it', () => {
  const failing = outcome('t1', 'failed', ['x.user.non-empty'], {
    violated: ['api.status.no-5xx'],
    failures: [{ requirement: 'api.status.no-5xx' } as never],
  });
  expect(
    statusOf(requirement('api.status.no-5xx'), [failing, outcome('t2', 'passed', ['api.status.no-5xx'])]),
  ).toMatchObject({ status: 'failed', failures: [{ requirement: 'api.status.no-5xx' }] });
  expect(statusOf(requirement('x.user.non-empty'), [failing])).toMatchObject({
    status: 'blocked',
    blockedBy: ['api.status.no-5xx'],
  });
});

test('a blocked annotation reports its requirement blocked by the root cause, unless another test judged it', () => {
  const failing = outcome('t1', 'failed', ['create.effect.listed'], {
    violated: ['retrieve.answer.active-string'],
    blocked: { 'create.effect.listed': ['retrieve.answer.active-string'] },
    failures: [
      { requirement: 'retrieve.answer.active-string' } as never,
      { requirement: 'create.effect.listed', blockedBy: ['retrieve.answer.active-string'] } as never,
    ],
  });
  const blocked = statusOf(requirement('create.effect.listed'), [failing]);
  expect(blocked).toMatchObject({ status: 'blocked', blockedBy: ['retrieve.answer.active-string'] });
  expect(blocked.failures).toHaveLength(1);
  expect(
    statusOf(requirement('create.effect.listed'), [failing, outcome('t2', 'passed', ['create.effect.listed'])]).status,
  ).toBe('passed');
  expect(statusOf(requirement('retrieve.answer.active-string'), [failing]).status).toBe('failed');
});

test('a failed test without violated annotations marks all its requirements failed', () => {
  const failing = outcome('t1', 'failed', ['a', 'b']);
  expect(statusOf(requirement('a'), [failing]).status).toBe('failed');
  expect(statusOf(requirement('b'), [failing, outcome('t2', 'passed', ['b'])]).status).toBe('failed');
});

test('a skipped test leaves its requirement not-run with the skip reason, even beside a passing one', () => {
  const skipped = outcome('t1', 'skipped', ['a'], { reason: 'profile is not destructive' });
  expect(statusOf(requirement('a'), [skipped])).toMatchObject({
    status: 'not-run',
    reason: 'profile is not destructive',
  });
  expect(statusOf(requirement('a'), [skipped, outcome('t2', 'passed', ['a'])]).status).toBe('not-run');
  expect(statusOf(requirement('a'), [outcome('t2', 'passed', ['a'])]).status).toBe('passed');
});

test(
  'a requirement the test found not to apply is not-applicable ' + 'with its reason, unless another test checked it',
  () => {
    const na = outcome('t1', 'passed', ['a'], { notApplicable: { a: 'the target lists no website_access' } });
    expect(statusOf(requirement('a'), [na])).toMatchObject({
      status: 'not-applicable',
      reason: 'the target lists no website_access',
    });
    expect(statusOf(requirement('a'), [na, outcome('t2', 'failed', ['a'])]).status).toBe('failed');
    expect(statusOf(requirement('a'), [outcome('t3', 'passed', ['a'], { notApplicable: { b: 'other' } })]).status).toBe(
      'passed',
    );
  },
);

test('a flaky test fails its requirement unless the target declares it flaky', () => {
  const flaky = outcome('t1', 'flaky', ['a']);
  expect(statusOf(requirement('a'), [flaky]).status).toBe('failed');
  const declared: Expectation = {
    requirement: 'a',
    expected: 'flaky',
    reason: 'rate limiting',
    link: 'https://example.org/1',
  };
  expect(statusOf(requirement('a'), [flaky], [declared])).toMatchObject({
    status: 'expected-failure',
    reason: 'rate limiting',
    link: 'https://example.org/1',
  });
});

test('expectations: expected failure, unexpected pass, not-applicable, and by test title', () => {
  const fail: Expectation = { requirement: 'a', expected: 'fail', reason: 'known bug' };
  expect(statusOf(requirement('a'), [outcome('t', 'failed', ['a'])], [fail]).status).toBe('expected-failure');
  expect(statusOf(requirement('a'), [outcome('t', 'passed', ['a'])], [fail]).status).toBe('unexpected-pass');
  const na: Expectation = { requirement: 'a', expected: 'not-applicable', reason: 'no XML on this target' };
  expect(statusOf(requirement('a'), [outcome('t', 'failed', ['a'])], [na])).toMatchObject({
    status: 'not-applicable',
    reason: 'no XML on this target',
  });
  const byTest: Expectation = { test: 't', expected: 'fail', reason: 'known' };
  expect(statusOf(requirement('a'), [outcome('t', 'failed', ['a'])], [byTest]).status).toBe('expected-failure');
  expect(statusOf(requirement('a'), [outcome('u', 'failed', ['a'])], [byTest]).status).toBe('failed');
});

test('verdicts: conformant, partially-conformant, non-conformant; ambiguous requirements never count', () => {
  const passed = requirementResult(requirement('a'), [outcome('t', 'passed', ['a'])], []);
  const ambiguousFailed = requirementResult(requirement('z', 'ambiguous'), [outcome('t', 'failed', ['z'])], []);
  const expectedFailure = requirementResult(
    requirement('b'),
    [outcome('t', 'failed', ['b'])],
    [{ requirement: 'b', expected: 'fail', reason: 'r' }],
  );
  const failed = requirementResult(requirement('c', 'inferred'), [outcome('t', 'failed', ['c'])], []);
  const notRun = requirementResult(requirement('d'), [], []);
  expect(verdictOf([passed, ambiguousFailed]).verdict).toBe('conformant');
  expect(verdictOf([passed, expectedFailure]).verdict).toBe('partially-conformant');
  expect(verdictOf([passed, expectedFailure, failed]).verdict).toBe('non-conformant');
  expect(verdictOf([passed, notRun]).verdict).toBe('non-conformant');
  const blocked = requirementResult(requirement('e'), [outcome('t', 'failed', ['e'], { violated: ['z'] })], []);
  expect(blocked.status).toBe('blocked');
  expect(verdictOf([passed, blocked]).verdict).toBe('non-conformant');
});

test('the certificate counts totals per level, builds the operation x format matrix and lists unregistered IDs', () => {
  const certificate = buildCertificate({
    register: [requirement('a'), requirement('b', 'inferred'), requirement('z', 'ambiguous')],
    outcomes: [
      outcome('t1', 'passed', ['a'], { formats: ['json'] }),
      outcome('t2', 'failed', ['b'], { formats: ['xml'] }),
      outcome('t3', 'skipped', ['z', 'ghost'], { operations: ['delete'], formats: ['json'] }),
    ],
    expectations: [],
    suite: { name: 's', version: '0' },
    target: { name: 't', baseUrl: 'http://x' },
    run: { startTime: new Date(0).toISOString(), durationMs: 0, playwrightStatus: 'failed' },
  });
  expect(certificate.totals.documented.passed).toBe(1);
  expect(certificate.totals.inferred.failed).toBe(1);
  expect(certificate.totals.ambiguous['not-run']).toBe(1);
  expect(certificate.matrix).toEqual({
    create: { json: { passed: 1, failed: 0, skipped: 0 }, xml: { passed: 0, failed: 1, skipped: 0 } },
    delete: { json: { passed: 0, failed: 0, skipped: 1 } },
  });
  expect(certificate.unknownRequirements).toEqual([{ requirement: 'ghost', tests: ['t3'] }]);
  expect(certificate.verdict).toBe('non-conformant');
});

test(
  'a requirement only a test failing on a declared deviation names ' +
    'counts with that deviation; a judging test wins',
  () => {
    const declared: Expectation[] = [{ requirement: 'a', expected: 'fail', reason: 'UTF-8 XML since 2014' }];
    const masked = outcome('t1', 'failed', ['a', 'b'], { violated: ['a'] });
    expect(statusOf(requirement('b'), [masked], declared).status).toBe('expected-failure');
    expect(statusOf(requirement('b'), [masked]).status).toBe('blocked');
    expect(statusOf(requirement('b'), [masked, outcome('t2', 'passed', ['b'])], declared).status).toBe('passed');
    expect(
      statusOf(requirement('b'), [masked, outcome('t2', 'failed', ['b'], { violated: ['b'] })], declared).status,
    ).toBe('failed');
  },
);
