import { LIBERAL, OUTSIDE_LIBERAL, READINGS, readingsNamed } from '../../emulator/readings/catalogue.ts';
import { rateLimit429 } from '../../emulator/readings/rate-limit-429.ts';
import { failedOutcomes } from '../mutation/mutation-row.ts';
import { runBatchParts, type BatchPart } from '../support/batch-parts.ts';
import { falseAlarmRow, summarise, type FalseAlarmRow, type FalseAlarmSummary } from './false-alarm-row.ts';

export interface FalseAlarmOptions {
  /** Reading names, `liberal` among them for the preset (default: every reading alone, then the preset). */
  readings?: string[];
  /** Cases per property in each run (CONFORMANCE_RUNS). */
  runs: number;
  /** The same seed for every run, so the runs differ only by the reading. */
  seed: number;
  /** Playwright workers of the batch run, besides one for each reading that paces requests. */
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

type Item = { name: string; description: string; allows: string[] };

/** The liberal preset and every reading outside it: each reading meets the whole suite once (npm test). */
export const EACH_READING_ONCE = [LIBERAL, ...Object.keys(OUTSIDE_LIBERAL)];

/** What the preset row says about itself: every reading that can coexist, at once. */
function presetItem(): Item {
  const included = readingsNamed([LIBERAL]);
  return {
    name: LIBERAL,
    description:
      `every reading at once but ${Object.keys(OUTSIDE_LIBERAL).join(', ')} ` +
      '(they take a part another reading of the preset takes another way)',
    allows: [...new Set(included.flatMap((reading) => reading.allows))].sort(),
  };
}

/**
 * The conformance suite once against the plain emulator, once per reading alone and once against the preset,
 * in one Playwright run (a project per emulator).
 */
export async function runFalseAlarms(options: FalseAlarmOptions): Promise<FalseAlarmReport> {
  const [report] = await runBatchParts<[FalseAlarmReport]>([falseAlarmPart(options)], options);
  return report;
}

/**
 * The false-alarm score's share of a batch: a project per reading (and the preset), the plain emulator as the
 * baseline. A reading that paces requests (a rate limit) mostly waits: it goes first, in a worker of its own,
 * so the other workers keep the cores busy meanwhile.
 */
export function falseAlarmPart(options: FalseAlarmOptions): BatchPart<FalseAlarmReport> {
  const names = options.readings ?? [...READINGS.map((reading) => reading.name), LIBERAL];
  const items: Item[] = names.map((name) => (name === LIBERAL ? presetItem() : (readingsNamed([name])[0] as Item)));
  const paced = (item: Item) => readingsNamed([item.name]).some((reading) => reading.name === rateLimit429.name);
  const entryOf = (item: Item) => ({ name: item.name, readings: [item.name] });
  let plain: PlainRun = { tests: 0, failedTests: [], durationMs: 0, error: 'the plain run did not finish' };
  const rows = new Map<string, FalseAlarmRow>();
  const byName = new Map(items.map((item) => [item.name, item]));
  const addRow = (row: FalseAlarmRow) => {
    rows.set(row.reading, row);
    options.onRow?.(row, rows.size, items.length);
  };
  return {
    paced: items.filter(paced).map(entryOf),
    entries: items.filter((item) => !paced(item)).map(entryOf),
    baseline: (result) => {
      plain = {
        tests: result.outcomes.length,
        failedTests: failedOutcomes(result.outcomes).map((outcome) => outcome.title),
        durationMs: result.testMs,
        ...(result.outcomes.length === 0 ? { error: 'the run reported no tests' } : {}),
      };
      options.onPlain?.(plain);
    },
    result: (result) => {
      const item = byName.get(result.name);
      if (!item) return;
      const row = falseAlarmRow(item, result.outcomes, result.testMs);
      addRow(result.outcomes.length === 0 ? { ...row, passed: false, error: 'the run reported no tests' } : row);
    },
    broken: (message) => {
      if (plain.tests === 0) plain = { ...plain, error: message };
      for (const item of items)
        if (!rows.has(item.name)) addRow({ ...falseAlarmRow(item, [], 0), passed: false, error: message });
    },
    report: (durationMs) => {
      for (const item of items)
        if (!rows.has(item.name))
          addRow({ ...falseAlarmRow(item, [], 0), passed: false, error: 'the run did not finish this reading' });
      const ordered = items.map((item) => rows.get(item.name) as FalseAlarmRow);
      return {
        seed: options.seed,
        runs: options.runs,
        parallel: options.parallel,
        durationMs,
        plain,
        rows: ordered,
        summary: summarise(ordered),
      };
    },
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
