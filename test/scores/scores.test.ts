import { expect, test } from '@playwright/test';
import { falseAlarmMarkdown } from '../false-alarm/false-alarm-markdown.ts';
import { falseAlarmPart, falseAlarmsPassed, type FalseAlarmReport } from '../false-alarm/false-alarm-run.ts';
import { mutationMarkdown } from '../mutation/mutation-markdown.ts';
import { summarise } from '../mutation/mutation-row.ts';
import { mutationPart, mutationPassed, type MutationReport } from '../mutation/mutation-run.ts';
import { runBatchParts } from '../support/batch-parts.ts';

const ONE_BATCH_TITLE =
  'one batch runs both scores: a caught defect is told from a missed one, a reading passes, ' +
  'and one clean run is the baseline of both';

test(ONE_BATCH_TITLE, async () => {
  test.setTimeout(600_000);
  const options = { runs: 3, seed: 7, parallel: 2 };
  // The selection checks only create.username.max-length: the username defect is caught, the escaping defect is
  // not; compact JSON is allowed.
  const [mutation, falseAlarms] = await runBatchParts<[MutationReport, FalseAlarmReport]>(
    [
      mutationPart({ ...options, defects: ['username-limit-off-by-one', 'xml-ampersand-unescaped'] }),
      falseAlarmPart({ ...options, readings: ['json-compact'] }),
    ],
    { ...options, grep: 'create\\.username\\.max-length' },
  );

  expect(mutation.clean.error).toBeUndefined();
  expect(mutation.clean.tests).toBeGreaterThan(0);
  expect(mutation.clean.failedTests).toEqual([]);
  expect(mutation.clean.verdict).toBeDefined();
  expect(falseAlarms.plain).toEqual({
    tests: mutation.clean.tests,
    failedTests: [],
    durationMs: mutation.clean.durationMs,
  });

  expect(mutation.rows.map((row) => [row.defect, row.caught])).toEqual([
    ['username-limit-off-by-one', true],
    ['xml-ampersand-unescaped', false],
  ]);
  expect(mutation.rows[0]?.named).toEqual(['create.username.max-length']);
  // The certificate of the defect's run fails the broken requirement and, in this selection, nothing else.
  expect(mutation.rows[0]).toMatchObject({ certificateFails: ['create.username.max-length'], othersFailed: [] });
  expect(mutation.summary).toMatchObject({ total: 2, caught: 1, score: 0.5, uncaught: ['xml-ampersand-unescaped'] });
  expect(mutationPassed(mutation)).toBe(false);
  const caughtOnly = { ...mutation, rows: [mutation.rows[0] as never], summary: summarise(mutation.rows.slice(0, 1)) };
  expect(mutationPassed(caughtOnly)).toBe(true);
  const mutationTable = mutationMarkdown(mutation);
  expect(mutationTable).toContain('Score: **50.0%** (1 of 2 emulator defects caught)');
  expect(mutationTable).toMatch(/\| `xml-ampersand-unescaped` \| `xml.escaping` \| \*\*NO\*\* \|/);
  expect(mutationTable).toMatch(/\| `username-limit-off-by-one` \|.*\| yes: `create.username.max-length` \| 0 \|$/m);
  expect(mutationTable).toContain(
    'Attribution gate (each certificate fails the broken requirement; median of others at most 1): **NOT met**',
  );
  expect(mutationTable).toContain('Not caught: `xml-ampersand-unescaped`.');

  expect(falseAlarms.rows.map((row) => [row.reading, row.passed])).toEqual([['json-compact', true]]);
  expect(falseAlarms.summary).toMatchObject({ total: 1, passed: 1, score: 1 });
  expect(falseAlarmsPassed(falseAlarms)).toBe(true);
  const falseAlarmTable = falseAlarmMarkdown(falseAlarms);
  expect(falseAlarmTable).toContain('Score: **100.0%** (1 of 1 readings passed');
  expect(falseAlarmTable).toMatch(/\| `json-compact` \| `api.format.json` \| passed \|/);
});
