import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LIBERAL, OUTSIDE_LIBERAL, parseReadingList } from '../../emulator/readings/catalogue.ts';
import { outputRoot } from '../../reports/src/output-root.ts';
import { falseAlarmMarkdown } from './false-alarm-markdown.ts';
import type { FalseAlarmRow } from './false-alarm-row.ts';
import { falseAlarmsPassed, runFalseAlarms, type PlainRun } from './false-alarm-run.ts';

// npm run false-alarms [-- --readings a,b,liberal | --each-once] [--runs 5] [--parallel 2] [--seed N]
// --each-once: the liberal preset and every reading outside it, so each reading meets the whole suite
// once (npm test); without it, every reading alone and the preset (the full score).
const { values } = parseArgs({
  options: {
    readings: { type: 'string' },
    'each-once': { type: 'boolean', default: false },
    runs: { type: 'string', default: process.env.CONFORMANCE_RUNS ?? '5' },
    parallel: { type: 'string', default: process.env.FALSE_ALARM_PARALLEL ?? '2' },
    seed: { type: 'string', default: process.env.CONFORMANCE_SEED ?? String(Math.floor(Math.random() * 2 ** 31)) },
  },
});

const positive = (name: string, text: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
};
const options = {
  runs: positive('runs', values.runs),
  parallel: positive('parallel', values.parallel),
  seed: Number(values.seed),
  ...(values.readings
    ? { readings: parseReadingList(values.readings) }
    : values['each-once']
      ? { readings: [LIBERAL, ...Object.keys(OUTSIDE_LIBERAL)] }
      : {}),
};
console.log(
  `False-alarm run: seed ${options.seed}, ${options.runs} cases per property, ${options.parallel} in parallel.`,
);

const dir = path.join(outputRoot(), 'reports');
mkdirSync(dir, { recursive: true });
const finished: FalseAlarmRow[] = [];
let plain: PlainRun | undefined;
// Kept as it goes: a run cut short still leaves what it found.
const keepPartial = () =>
  writeFileSync(
    path.join(dir, 'false-alarms.json'),
    `${JSON.stringify({ partial: true, seed: options.seed, runs: options.runs, plain, rows: finished }, null, 2)}\n`,
  );
const report = await runFalseAlarms({
  ...options,
  onPlain: (run) => {
    plain = run;
    keepPartial();
    console.log(
      `plain emulator: ${run.error ? `error (${run.error})` : `${run.tests} tests, ${run.failedTests.length} failed`}`,
    );
  },
  onRow: (row, done, total) => {
    finished.push(row);
    keepPartial();
    console.log(
      `[${done}/${total}] ${row.reading}: ${row.error ? `error (${row.error})` : row.passed ? `passed (${row.tests} tests)` : `FALSE ALARM: ${row.failures.length} test(s) failed, blaming ${row.requirements.join(', ')}`}`,
    );
  },
});

const markdown = falseAlarmMarkdown(report);
writeFileSync(path.join(dir, 'false-alarms.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join(dir, 'false-alarms.md'), markdown);
console.log(`\n${markdown}`);
console.log('Written: reports/false-alarms.json, reports/false-alarms.md');
process.exitCode = falseAlarmsPassed(report) ? 0 : 1;
