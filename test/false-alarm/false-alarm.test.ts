import { expect, test } from '@playwright/test';
import type { TestOutcome } from '../support/run-conformance.ts';
import { falseAlarmRow, summarise } from './false-alarm-row.ts';

const outcome = (
  title: string,
  status: TestOutcome['status'],
  annotations: Array<[string, string]>,
  errors: string[] = [],
): TestOutcome => ({
  title,
  status,
  annotations: annotations.map(([type, description]) => ({ type, description })),
  errors,
});
const reading = { name: 'some-reading', description: 'takes an allowed liberty', allows: ['a.rule'] };

test('a row is a false alarm when a test fails, with the requirements it blamed and what it found', () => {
  const row = falseAlarmRow(
    reading,
    [
      outcome(
        'checks a',
        'failed',
        [
          ['requirement', 'a.rule'],
          ['requirement', 'b.rule'],
          ['violated', 'b.rule'],
        ],
        [
          '\u001b[31mError: every requirement this test checks holds\u001b[39m\n\n' +
            'expect(received).toEqual(expected)\n\n- Expected  - 1\n+ Received  + 3\n\n' +
            '+   "b.rule: status 201 is not 200",',
        ],
      ),
      outcome('checks c', 'timedOut', [['requirement', 'c.rule']]),
      outcome('checks d', 'passed', [['requirement', 'd.rule']]),
    ],
    10,
  );
  expect(row).toMatchObject({ passed: false, requirements: ['b.rule', 'c.rule'], tests: 3 });
  expect(row.failures).toEqual([
    { test: 'checks a', requirements: ['b.rule'], message: '+   "b.rule: status 201 is not 200",' },
    { test: 'checks c', requirements: ['c.rule'], message: 'timedOut' },
  ]);
  expect(
    falseAlarmRow(reading, [outcome('checks d', 'passed', []), outcome('skipped', 'skipped', [])], 1),
  ).toMatchObject({ passed: true, failures: [], requirements: [] });
});

test('the score is passed over total; broken runs count as not passed', () => {
  const passed = falseAlarmRow(reading, [outcome('t', 'passed', [])], 1);
  const alarm = {
    ...falseAlarmRow(reading, [outcome('t', 'failed', [['requirement', 'a.rule']])], 1),
    reading: 'alarm',
  };
  const broken = { ...falseAlarmRow(reading, [], 1), reading: 'broken', passed: false, error: 'child crashed' };
  expect(summarise([passed, alarm, broken])).toEqual({
    total: 3,
    passed: 1,
    score: 1 / 3,
    falseAlarms: ['alarm'],
    errors: ['broken'],
  });
  expect(summarise([])).toMatchObject({ total: 0, score: 0 });
});
