import { expect, test } from '@playwright/test';
import { falseAlarmPart, type FalseAlarmReport } from '../false-alarm/false-alarm-run.ts';
import { mutationPart, type MutationReport } from '../mutation/mutation-run.ts';
import { runBatchParts } from '../support/batch-parts.ts';

const ONE_BATCH_TITLE =
  'one batch gives both scores: each part judges its own projects, and one clean run is the baseline of both';

test(ONE_BATCH_TITLE, async () => {
  test.setTimeout(300_000);
  const options = { runs: 2, seed: 7, parallel: 2 };
  const [mutation, falseAlarms] = await runBatchParts<[MutationReport, FalseAlarmReport]>(
    [
      mutationPart({ ...options, defects: ['username-limit-off-by-one', 'xml-ampersand-unescaped'] }),
      falseAlarmPart({ ...options, readings: ['json-compact'] }),
    ],
    { ...options, grep: 'create\\.username\\.max-length' },
  );
  expect(mutation.rows.map((row) => [row.defect, row.caught])).toEqual([
    ['username-limit-off-by-one', true],
    ['xml-ampersand-unescaped', false],
  ]);
  expect(falseAlarms.rows.map((row) => [row.reading, row.passed])).toEqual([['json-compact', true]]);
  expect(mutation.clean.error).toBeUndefined();
  expect(mutation.clean.tests).toBeGreaterThan(0);
  expect(falseAlarms.plain).toEqual({
    tests: mutation.clean.tests,
    failedTests: [],
    durationMs: mutation.clean.durationMs,
  });
});
