import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LIBERAL } from '../../emulator/readings/catalogue.ts';
import { outputRoot } from '../../reports/src/output-root.ts';
import { failedOutcomes } from '../mutation/mutation-row.ts';
import { inPool } from '../mutation/pool.ts';
import { positive } from '../support/cli-numbers.ts';
import { runConformance } from '../support/run-conformance.ts';

// npm run soak [-- --times 30] [--targets clean,liberal] [--runs 10] [--parallel 2]
// The whole conformance suite, again and again with a fresh seed each time, against the clean emulator
// and the liberal reading preset: a check that ever fails a conforming target here is a flake.
const { values } = parseArgs({
  options: {
    times: { type: 'string', default: '30' },
    targets: { type: 'string', default: `clean,${LIBERAL}` },
    runs: { type: 'string', default: process.env.CONFORMANCE_RUNS ?? '10' },
    parallel: { type: 'string', default: '2' },
  },
});

const times = positive('times', values.times);
const runs = positive('runs', values.runs);
const parallel = positive('parallel', values.parallel);
const targets = values.targets
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
for (const target of targets)
  if (target !== 'clean' && target !== LIBERAL)
    throw new Error(`--targets takes clean and ${LIBERAL}, got "${target}"`);

interface SoakRun {
  target: string;
  seed: number;
  tests: number;
  failed: string[];
  exitCode: number | null;
  durationMs: number;
  error?: string;
}

// Interleaved, so a soak cut short has met every target about as often.
const jobs = Array.from({ length: times }, () =>
  targets.map((target) => ({ target, seed: Math.floor(Math.random() * 2 ** 31) })),
).flat();
console.log(
  `Soak: ${times} run(s) against ${targets.join(' and ')}, ${runs} cases per property, ` +
    `a fresh seed each, ${parallel} at a time.`,
);
const started = Date.now();
let done = 0;
const results = await inPool(jobs, parallel, async ({ target, seed }): Promise<SoakRun> => {
  const begun = Date.now();
  try {
    const run = await runConformance({ runs, seed, workers: 1, readings: target === 'clean' ? [] : [LIBERAL] });
    const failed = failedOutcomes(run.outcomes).map((outcome) => outcome.title);
    const result = {
      target,
      seed,
      tests: run.outcomes.length,
      failed,
      exitCode: run.exitCode,
      durationMs: Date.now() - begun,
    };
    console.log(
      `[${++done}/${jobs.length}] ${target} seed ${seed}: ${result.tests} tests, ${failed.length} failed` +
        (failed.length ? `: ${failed.join('; ')}` : '') +
        ` (${Math.round(result.durationMs / 1000)} s)`,
    );
    return result;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'unknown error';
    console.log(`[${++done}/${jobs.length}] ${target} seed ${seed}: error ${message}`);
    return { target, seed, tests: 0, failed: [], exitCode: null, durationMs: Date.now() - begun, error: message };
  }
});

const bad = results.filter(
  (result) => result.failed.length > 0 || result.error !== undefined || result.tests === 0 || result.exitCode !== 0,
);
const lines = [
  '# Soak',
  '',
  `${results.length} run(s) in ${Math.round((Date.now() - started) / 1000)} s, ${runs} cases per property, ` +
    `a fresh seed each: ${bad.length === 0 ? 'no failed test' : `${bad.length} run(s) with failures`}.`,
  '',
  '| target | runs | tests per run | failed tests | failing seeds |',
  '|---|---|---|---|---|',
  ...targets.map((target) => {
    const mine = results.filter((result) => result.target === target);
    const failing = mine.filter((result) => bad.includes(result));
    const testCounts = [...new Set(mine.map((result) => result.tests))].join(', ');
    const failedTests = mine.reduce((sum, result) => sum + result.failed.length, 0);
    const failingSeeds = failing.map((result) => result.seed).join(', ') || '—';
    return `| ${target} | ${mine.length} | ${testCounts} | ${failedTests} | ${failingSeeds} |`;
  }),
  '',
  ...bad.map((result) => `- ${result.target} seed ${result.seed}: ${result.error ?? result.failed.join('; ')}`),
];
const dir = path.join(outputRoot(), 'reports');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'soak.md'), `${lines.join('\n')}\n`);
writeFileSync(path.join(dir, 'soak.json'), `${JSON.stringify({ runs, times, targets, results }, null, 2)}\n`);
console.log(`\n${lines.join('\n')}\nWritten: reports/soak.md, reports/soak.json`);
process.exitCode = bad.length === 0 ? 0 : 1;
