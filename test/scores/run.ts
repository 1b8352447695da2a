import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { outputRoot } from '../../reports/src/output-root.ts';
import { falseAlarmOutput } from '../false-alarm/false-alarm-output.ts';
import {
  EACH_READING_ONCE,
  falseAlarmPart,
  falseAlarmsPassed,
  type FalseAlarmReport,
} from '../false-alarm/false-alarm-run.ts';
import { mutationOutput } from '../mutation/mutation-output.ts';
import { mutationPart, mutationPassed, type MutationReport } from '../mutation/mutation-run.ts';
import { runBatchParts } from '../support/batch-parts.ts';
import { defaultSeed, positive } from '../support/cli-numbers.ts';

// npm run scores [-- --targeted] [--each-once] [--runs 5] [--parallel <cores>] [--seed N]
// Both scores in one batch run (npm test): every defect of the catalogue (the mutation score) and the readings
// (the false-alarm score) share the runner's start, the workers and one run against the clean emulator; a
// reading that paces requests waits while the defects keep the cores busy. Exit 0 only with both at 100%.
const { values } = parseArgs({
  options: {
    targeted: { type: 'boolean', default: false },
    'each-once': { type: 'boolean', default: false },
    runs: { type: 'string', default: process.env.CONFORMANCE_RUNS ?? '5' },
    parallel: { type: 'string', default: process.env.MUTATION_PARALLEL ?? String(availableParallelism()) },
    seed: { type: 'string', default: defaultSeed() },
  },
});

const options = {
  runs: positive('runs', values.runs),
  parallel: positive('parallel', values.parallel),
  seed: Number(values.seed),
};
const scope = values.targeted ? 'against the tests naming what it breaks' : 'against the whole suite';
const readings = values['each-once'] ? 'the liberal preset and each reading outside it' : 'each reading and the preset';
console.log(
  `Scores run: seed ${options.seed}, ${options.runs} cases per property, ${options.parallel} workers; ` +
    `each defect ${scope}; ${readings} against the whole suite.`,
);

const dir = path.join(outputRoot(), 'reports');
const mutation = mutationOutput(dir, options);
const falseAlarms = falseAlarmOutput(dir, options);
const [mutationReport, falseAlarmReport] = await runBatchParts<[MutationReport, FalseAlarmReport]>(
  [
    mutationPart({ ...options, targeted: values.targeted, onRow: mutation.onRow }),
    falseAlarmPart({
      ...options,
      ...(values['each-once'] ? { readings: EACH_READING_ONCE } : {}),
      onPlain: falseAlarms.onPlain,
      onRow: falseAlarms.onRow,
    }),
  ],
  options,
);
console.log(`\n${mutation.write(mutationReport)}`);
console.log(`\n${falseAlarms.write(falseAlarmReport)}`);
console.log(`Written: mutation.json, mutation.md, false-alarms.json and false-alarms.md in ${dir}`);
process.exitCode = mutationPassed(mutationReport) && falseAlarmsPassed(falseAlarmReport) ? 0 : 1;
