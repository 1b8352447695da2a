import { expect, test } from '@playwright/test';
import type { TestOutcome } from '../support/run-conformance.ts';
import { mutationMarkdown } from './mutation-markdown.ts';
import { attributionGate, mutationRow, summarise } from './mutation-row.ts';
import { attributionJudged } from './mutation-run.ts';
import { inPool } from './pool.ts';

const outcome = (title: string, status: TestOutcome['status'], annotations: Array<[string, string]>): TestOutcome => ({
  title,
  status,
  annotations: annotations.map(([type, description]) => ({ type, description })),
  errors: [],
});
const defect = { name: 'some-defect', description: 'does something wrong on purpose', breaks: ['a.rule', 'b.rule'] };

test('a row counts a defect caught when a test fails, and which broken requirements the failing tests name', () => {
  const row = mutationRow(
    defect,
    [
      outcome('checks a', 'failed', [
        ['requirement', 'a.rule'],
        ['requirement', 'c.rule'],
        ['violated', 'a.rule'],
      ]),
      outcome('checks d', 'failed', [['requirement', 'd.rule']]),
      outcome('checks b', 'passed', [['requirement', 'b.rule']]),
    ],
    10,
  );
  expect(row).toMatchObject({
    caught: true,
    failedTests: ['checks a', 'checks d'],
    named: ['a.rule'],
    notNamed: ['b.rule'],
    alsoReported: ['d.rule'],
    tests: 3,
  });
  const missed = mutationRow(
    defect,
    [outcome('checks a', 'passed', [['requirement', 'a.rule']]), outcome('skipped', 'skipped', [])],
    10,
  );
  expect(missed).toMatchObject({ caught: false, failedTests: [], named: [], notNamed: ['a.rule', 'b.rule'] });
});

const ATTRIBUTION_GATE_TITLE =
  'the attribution gate: every certificate fails a broken requirement, and the median of others is at most one';
test(ATTRIBUTION_GATE_TITLE, () => {
  const failing = (ids: string[]) => ({ requirements: ids.map((id) => ({ id, status: 'failed' as const })) });
  const row = (name: string, fails: string[]) => ({
    ...mutationRow({ ...defect, name }, [outcome('t', 'failed', [['violated', 'a.rule']])], 1, failing(fails) as never),
  });
  const attributed = [
    row('one', ['a.rule']),
    row('two', ['b.rule', 'x.rule']),
    row('three', ['a.rule', 'x.rule', 'y.rule']),
  ];
  expect(attributed[2]).toMatchObject({
    certificateFails: ['a.rule', 'x.rule', 'y.rule'],
    othersFailed: ['x.rule', 'y.rule'],
  });
  expect(attributionGate(attributed)).toEqual({ misattributed: [], medianOthers: 1, met: true });
  const crowd = [...attributed, row('four', ['a.rule', 'x.rule', 'y.rule']), row('five', ['x.rule', 'y.rule'])];
  expect(attributionGate(crowd)).toEqual({ misattributed: ['five'], medianOthers: 2, met: false });
  // Runs cut short at a first failure give partial certificates: the gate is judged on whole-suite runs only.
  expect([
    attributionJudged({ targeted: false, firstFailure: false }),
    attributionJudged({ targeted: true, firstFailure: false }),
    attributionJudged({ targeted: false, firstFailure: true }),
  ]).toEqual([true, false, false]);
});

test('the score is caught over total; broken runs and silent catches are listed', () => {
  const caught = mutationRow(defect, [outcome('t', 'failed', [['violated', 'a.rule']])], 1);
  const unnamed = {
    ...mutationRow(defect, [outcome('t', 'timedOut', [['requirement', 'z.rule']])], 1),
    defect: 'unnamed',
  };
  const missed = { ...mutationRow(defect, [], 1), defect: 'missed' };
  const broken = { ...mutationRow(defect, [], 1), defect: 'broken', error: 'child crashed' };
  expect(summarise([caught, unnamed, missed, broken])).toMatchObject({
    total: 4,
    caught: 2,
    score: 0.5,
    uncaught: ['missed'],
    caughtUnnamed: ['unnamed'],
    errors: ['broken'],
  });
  expect(summarise([])).toMatchObject({ total: 0, score: 0 });
});

test('defects declared open or uncatchable are shown apart and left out of the score and the gate', () => {
  const caught = mutationRow(defect, [outcome('t', 'failed', [['violated', 'a.rule']])], 1);
  const open = mutationRow({ ...defect, name: 'open-one', open: 'needs a check' }, [], 1);
  const uncatchable = mutationRow({ ...defect, name: 'reading-alike', uncatchable: 'a reading allows it' }, [], 1);
  const summary = summarise([caught, open, uncatchable]);
  expect(summary).toMatchObject({
    total: 1,
    caught: 1,
    score: 1,
    uncaught: [],
    open: ['open-one'],
    uncatchable: ['reading-alike'],
    uncatchableCaught: [],
  });
  const markdown = mutationMarkdown({
    seed: 1,
    runs: 1,
    parallel: 1,
    targeted: true,
    firstFailure: false,
    durationMs: 1,
    clean: { tests: 1, failedTests: [], durationMs: 1 },
    rows: [caught, open, uncatchable],
    summary,
  });
  expect(markdown).toMatch(/\| `reading-alike` \| .* \| uncatchable: a reading allows it \|/);
  expect(markdown).toContain('left out of the score, each says why): `reading-alike`.');
});

test('the pool keeps order and never runs more than its limit at once', async () => {
  let running = 0;
  let most = 0;
  const results = await inPool([5, 1, 3, 2, 4], 2, async (delay, index) => {
    most = Math.max(most, ++running);
    await new Promise((resolve) => setTimeout(resolve, delay * 3));
    running--;
    return index;
  });
  expect(results).toEqual([0, 1, 2, 3, 4]);
  expect(most).toBe(2);
});
