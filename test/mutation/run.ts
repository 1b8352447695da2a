import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDefectList } from '../../emulator/defects/catalogue.ts';
import { outputRoot } from '../../reports/src/output-root.ts';
import { mutationMarkdown } from './mutation-markdown.ts';
import type { MutationRow } from './mutation-row.ts';
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
    seed: { type: 'string', default: process.env.CONFORMANCE_SEED ?? String(Math.floor(Math.random() * 2 ** 31)) },
  },
});

const positive = (name: string, text: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
};
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
console.log(
  `Mutation run: seed ${options.seed}, ${options.runs} cases per property, ${options.parallel} workers${options.targeted ? ', each defect against the tests naming what it breaks' : options.firstFailure ? ', each defect against the whole suite when its naming tests miss it' : ', each defect against the whole suite'}.`,
);

const dir = path.join(outputRoot(), 'reports');
mkdirSync(dir, { recursive: true });
const finished: MutationRow[] = [];
const report = await runMutation({
  ...options,
  onRow: (row, done, total) => {
    // Kept as it goes: a run cut short still leaves what it found.
    finished.push(row);
    writeFileSync(
      path.join(dir, 'mutation.json'),
      `${JSON.stringify({ partial: true, seed: options.seed, runs: options.runs, rows: finished }, null, 2)}\n`,
    );
    console.log(`[${done}/${total}] ${row.defect}: ${verdictText(row)}`);
  },
});

const markdown = mutationMarkdown(report);
writeFileSync(path.join(dir, 'mutation.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join(dir, 'mutation.md'), markdown);
console.log(`\n${markdown}`);
console.log(`Written: ${path.join(dir, 'mutation.json')}, ${path.join(dir, 'mutation.md')}`);
process.exitCode = mutationPassed(report) ? 0 : 1;

function verdictText(row: MutationRow): string {
  if (row.error) return `error (${row.error})`;
  if (row.caught) {
    const unnamed = row.notNamed.length ? `, not named: ${row.notNamed.join(', ')}` : '';
    return `caught by ${row.failedTests.length} test(s)${unnamed}`;
  }
  if (row.open) return 'not caught (declared open)';
  if (row.uncatchable) return 'not caught (declared uncatchable)';
  return 'NOT CAUGHT';
}
