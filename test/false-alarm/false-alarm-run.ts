import { LIBERAL, OUTSIDE_LIBERAL, READINGS, readingsNamed } from '../../emulator/readings/catalogue.ts';
import { failedOutcomes } from '../mutation/mutation-row.ts';
import { inPool } from '../mutation/pool.ts';
import { runConformance } from '../support/run-conformance.ts';
import { falseAlarmRow, summarise, type FalseAlarmRow, type FalseAlarmSummary } from './false-alarm-row.ts';

export interface FalseAlarmOptions {
  /** Reading names, `liberal` among them for the preset (default: every reading alone, then the preset). */
  readings?: string[];
  /** Cases per property in each run (CONFORMANCE_RUNS). */
  runs: number;
  /** The same seed for every run, so the runs differ only by the reading. */
  seed: number;
  /** Conformance runs at the same time (each with one Playwright worker). */
  parallel: number;
  /** Only the conformance tests matching this (for the runner's self-test). */
  grep?: string;
  onRow?(row: FalseAlarmRow, done: number, total: number): void;
  onPlain?(plain: PlainRun): void;
}

export interface PlainRun {
  tests: number;
  failedTests: string[];
  durationMs: number;
  error?: string;
}

export interface FalseAlarmReport {
  seed: number;
  runs: number;
  parallel: number;
  durationMs: number;
  /** The emulator without readings: a test failing here is no reading's false alarm. */
  plain: PlainRun;
  rows: FalseAlarmRow[];
  summary: FalseAlarmSummary;
}

const PLAIN = Symbol('plain');
type Item = typeof PLAIN | { name: string; description: string; allows: string[] };

/** What the preset row says about itself: every reading that can coexist, at once. */
function presetItem(): Item {
  const included = readingsNamed([LIBERAL]);
  return {
    name: LIBERAL,
    description: `every reading at once but ${Object.keys(OUTSIDE_LIBERAL).join(', ')} (they take a part another reading of the preset takes another way)`,
    allows: [...new Set(included.flatMap((reading) => reading.allows))].sort(),
  };
}

/** The conformance suite once against the plain emulator, once per reading alone and once against the preset. */
export async function runFalseAlarms(options: FalseAlarmOptions): Promise<FalseAlarmReport> {
  const names = options.readings ?? [...READINGS.map((reading) => reading.name), LIBERAL];
  const items: Item[] = names.map((name) => (name === LIBERAL ? presetItem() : (readingsNamed([name])[0] as Item)));
  const started = Date.now();
  let plain: PlainRun = { tests: 0, failedTests: [], durationMs: 0 };
  const rows: FalseAlarmRow[] = [];
  let done = 0;
  await inPool<Item, void>([PLAIN, ...items], options.parallel, async (item) => {
    const begun = Date.now();
    try {
      const run = await runConformance({
        readings: item === PLAIN ? [] : [item.name],
        runs: options.runs,
        seed: options.seed,
        workers: 1,
        ...(options.grep ? { grep: options.grep } : {}),
      });
      if (run.outcomes.length === 0) throw new Error(`the run reported no tests (exit ${run.exitCode})`);
      if (item === PLAIN)
        plain = {
          tests: run.outcomes.length,
          failedTests: failedOutcomes(run.outcomes).map((outcome) => outcome.title),
          durationMs: Date.now() - begun,
        };
      else rows.push(falseAlarmRow(item, run.outcomes, Date.now() - begun));
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? 'unknown error';
      if (item === PLAIN) plain = { tests: 0, failedTests: [], durationMs: Date.now() - begun, error: message };
      else rows.push({ ...falseAlarmRow(item, [], Date.now() - begun), passed: false, error: message });
    }
    if (item === PLAIN) options.onPlain?.(plain);
    else options.onRow?.(rows.at(-1) as FalseAlarmRow, ++done, items.length);
  });
  const order = new Map(items.map((item, index) => [item === PLAIN ? '' : item.name, index]));
  rows.sort((a, b) => (order.get(a.reading) ?? 0) - (order.get(b.reading) ?? 0));
  return {
    seed: options.seed,
    runs: options.runs,
    parallel: options.parallel,
    durationMs: Date.now() - started,
    plain,
    rows,
    summary: summarise(rows),
  };
}

/** The runner succeeds only with every reading passed and nothing failing against the plain emulator. */
export function falseAlarmsPassed(report: FalseAlarmReport): boolean {
  return (
    report.summary.score === 1 &&
    report.summary.errors.length === 0 &&
    report.plain.failedTests.length === 0 &&
    !report.plain.error
  );
}
