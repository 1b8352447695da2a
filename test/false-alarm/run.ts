import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseReadingList } from '../../emulator/readings/catalogue.ts';
import { outputRoot } from '../../reports/src/output-root.ts';
import { defaultSeed, positive } from '../support/cli-numbers.ts';
import { falseAlarmOutput } from './false-alarm-output.ts';
import { EACH_READING_ONCE, falseAlarmsPassed, runFalseAlarms } from './false-alarm-run.ts';

// npm run false-alarms [-- --readings a,b,liberal | --each-once] [--runs 5] [--parallel 2] [--seed N]
// --each-once: the liberal preset and every reading outside it, so each reading meets the whole suite
// once; without it, every reading alone and the preset (the full score).
const { values } = parseArgs({
  options: {
    readings: { type: 'string' },
    'each-once': { type: 'boolean', default: false },
    runs: { type: 'string', default: process.env.CONFORMANCE_RUNS ?? '5' },
    parallel: { type: 'string', default: process.env.FALSE_ALARM_PARALLEL ?? '2' },
    seed: { type: 'string', default: defaultSeed() },
  },
});

const options = {
  runs: positive('runs', values.runs),
  parallel: positive('parallel', values.parallel),
  seed: Number(values.seed),
  ...(values.readings
    ? { readings: parseReadingList(values.readings) }
    : values['each-once']
      ? { readings: EACH_READING_ONCE }
      : {}),
};
console.log(
  `False-alarm run: seed ${options.seed}, ${options.runs} cases per property, ${options.parallel} in parallel.`,
);

const output = falseAlarmOutput(path.join(outputRoot(), 'reports'), options);
const report = await runFalseAlarms({ ...options, onPlain: output.onPlain, onRow: output.onRow });
console.log(`\n${output.write(report)}`);
console.log(`Written: ${path.join(outputRoot(), 'reports', 'false-alarms.json')} and false-alarms.md beside it`);
process.exitCode = falseAlarmsPassed(report) ? 0 : 1;
