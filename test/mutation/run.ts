import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDefectList } from '../../emulator/defects/catalogue.ts';
import { outputRoot } from '../../reports/src/output-root.ts';
import { defaultSeed, positive } from '../support/cli-numbers.ts';
import { mutationOutput } from './mutation-output.ts';
import { mutationPassed, runMutation } from './mutation-run.ts';

// npm run mutation [-- --defects a,b] [--runs 5] [--parallel <cores>] [--seed N] [--targeted | --first-failure]
const { values } = parseArgs({
  options: {
    defects: { type: 'string' },
    targeted: { type: 'boolean', default: false },
    'first-failure': { type: 'boolean', default: false },
    runs: { type: 'string', default: process.env.CONFORMANCE_RUNS ?? '5' },
    // One conformance run (one Playwright worker) per core.
    parallel: { type: 'string', default: process.env.MUTATION_PARALLEL ?? String(availableParallelism()) },
    seed: { type: 'string', default: defaultSeed() },
  },
});

if (values.targeted && values['first-failure'])
  throw new Error('--targeted and --first-failure are two ways of stopping early: give one');
const options = {
  runs: positive('runs', values.runs),
  parallel: positive('parallel', values.parallel),
  seed: Number(values.seed),
  targeted: values.targeted,
  firstFailure: values['first-failure'],
  ...(values.defects ? { defects: parseDefectList(values.defects) } : {}),
};
const mode = options.targeted
  ? ', each defect against the tests naming what it breaks'
  : options.firstFailure
    ? ', each defect against the whole suite when its naming tests miss it'
    : ', each defect against the whole suite';
console.log(
  `Mutation run: seed ${options.seed}, ${options.runs} cases per property, ${options.parallel} workers${mode}.`,
);

const output = mutationOutput(path.join(outputRoot(), 'reports'), options);
const report = await runMutation({ ...options, onRow: output.onRow });
console.log(`\n${output.write(report)}`);
console.log(`Written: ${path.join(outputRoot(), 'reports', 'mutation.json')} and mutation.md beside it`);
process.exitCode = mutationPassed(report) ? 0 : 1;
