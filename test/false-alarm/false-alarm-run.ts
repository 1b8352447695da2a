import { LIBERAL, OUTSIDE_LIBERAL, READINGS, readingsNamed } from '../../emulator/readings/catalogue.ts';
import { rateLimit429 } from '../../emulator/readings/rate-limit-429.ts';
import { failedOutcomes } from '../mutation/mutation-row.ts';
import { runConformanceBatch } from '../support/run-conformance-batch.ts';
import { falseAlarmRow, summarise, type FalseAlarmRow, type FalseAlarmSummary } from './false-alarm-row.ts';

export interface FalseAlarmOptions {
  /** Reading names, `liberal` among them for the preset (default: every reading alone, then the preset). */
  readings?: string[];
  /** Cases per property in each run (CONFORMANCE_RUNS). */
  runs: number;
  /** The same seed for every run, so the runs differ only by the reading. */
  seed: number;
  /** Playwright workers of the batch run, besides one for a reading that paces requests. */
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

/** The plain emulator's project in a batch (no reading is named so). */
const PLAIN = 'plain';
type Item = { name: string; description: string; allows: string[] };

/** What the preset row says about itself: every reading that can coexist, at once. */
function presetItem(): Item {
  const included = readingsNamed([LIBERAL]);
  return {
    name: LIBERAL,
    description: `every reading at once but ${Object.keys(OUTSIDE_LIBERAL).join(', ')} (they take a part another reading of the preset takes another way)`,
    allows: [...new Set(included.flatMap((reading) => reading.allows))].sort(),
  };
}

/**
 * The conformance suite once against the plain emulator, once per reading alone and once against the preset,
 * in one Playwright run (a project per emulator). A reading that paces requests (a rate limit) mostly waits:
 * it gets one worker and goes first, so the other workers keep the cores busy meanwhile.
 */
export async function runFalseAlarms(options: FalseAlarmOptions): Promise<FalseAlarmReport> {
  const names = options.readings ?? [...READINGS.map((reading) => reading.name), LIBERAL];
  if (names.includes(PLAIN)) throw new Error(`a reading may not be named "${PLAIN}"`);
  const items: Item[] = names.map((name) => (name === LIBERAL ? presetItem() : (readingsNamed([name])[0] as Item)));
  const paced = (name: string) => readingsNamed([name]).some((reading) => reading.name === rateLimit429.name);
  const started = Date.now();
  let plain: PlainRun = { tests: 0, failedTests: [], durationMs: 0, error: 'the plain run did not finish' };
  const rows = new Map<string, FalseAlarmRow>();
  const grep = options.grep ? { grep: options.grep } : {};
  const entries = [
    ...items.filter((item) => paced(item.name)).map((item) => ({ name: item.name, readings: [item.name], workers: 1 })),
    { name: PLAIN, ...grep },
    ...items.filter((item) => !paced(item.name)).map((item) => ({ name: item.name, readings: [item.name] })),
  ].map((entry) => ({ ...entry, ...grep }));
  const byName = new Map(items.map((item) => [item.name, item]));
  try {
    await runConformanceBatch(entries, {
      // One more worker than the cores when a project mostly waits.
      workers: options.parallel + (entries.some((entry) => 'workers' in entry) ? 1 : 0),
      runs: options.runs,
      seed: options.seed,
      onResult: (result) => {
        if (result.name === PLAIN) {
          plain = {
            tests: result.outcomes.length,
            failedTests: failedOutcomes(result.outcomes).map((outcome) => outcome.title),
            durationMs: result.testMs,
            ...(result.outcomes.length === 0 ? { error: 'the run reported no tests' } : {}),
          };
          options.onPlain?.(plain);
          return;
        }
        const item = byName.get(result.name);
        if (!item) return;
        const row = falseAlarmRow(item, result.outcomes, result.testMs);
        rows.set(
          item.name,
          result.outcomes.length === 0 ? { ...row, passed: false, error: 'the run reported no tests' } : row,
        );
        options.onRow?.(rows.get(item.name) as FalseAlarmRow, rows.size, items.length);
      },
    });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'unknown error';
    if (plain.tests === 0) plain = { ...plain, error: message };
    for (const item of items)
      if (!rows.has(item.name)) rows.set(item.name, { ...falseAlarmRow(item, [], 0), passed: false, error: message });
  }
  for (const item of items) {
    if (rows.has(item.name)) continue;
    rows.set(item.name, { ...falseAlarmRow(item, [], 0), passed: false, error: 'the run did not finish this reading' });
    options.onRow?.(rows.get(item.name) as FalseAlarmRow, rows.size, items.length);
  }
  const ordered = items.map((item) => rows.get(item.name) as FalseAlarmRow);
  return {
    seed: options.seed,
    runs: options.runs,
    parallel: options.parallel,
    durationMs: Date.now() - started,
    plain,
    rows: ordered,
    summary: summarise(ordered),
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
