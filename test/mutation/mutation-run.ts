import { DEFECTS, defectsNamed } from '../../emulator/defects/catalogue.ts';
import type { Defect } from '../../emulator/defects/defect.ts';
import type { BatchProjectResult } from '../support/batch-plan.ts';
import { runBatchParts, type BatchPart } from '../support/batch-parts.ts';
import { failedOutcomes, mutationRow, summarise, type MutationRow, type MutationSummary } from './mutation-row.ts';
import { grepForTitles, testsNamingRequirements } from './tests-naming.ts';

export interface MutationOptions {
  /** Defect names (default: the whole catalogue). */
  defects?: string[];
  /** Cases per property in each run (CONFORMANCE_RUNS). */
  runs: number;
  /** The same seed for every run, so the runs differ only by the defect. */
  seed: number;
  /** Playwright workers of the batch run (the projects of every defect share them). */
  parallel: number;
  /** Only the conformance tests matching this (for the runner's self-test). */
  grep?: string;
  /**
   * Each defect against only the tests naming a requirement it breaks (fast; CI): then "caught" means
   * caught by a test that names the broken requirement. The clean run stays complete.
   */
  targeted?: boolean;
  /**
   * Every defect against the whole suite, but only as far as the score needs: first the tests naming what
   * it breaks; only when none fails, the whole suite (a second batch). Scores like the whole-suite run;
   * the certificates are partial, so attribution is not judged.
   */
  firstFailure?: boolean;
  onRow?(row: MutationRow, done: number, total: number): void;
}

export interface CleanRun {
  tests: number;
  failedTests: string[];
  /** The clean run's certificate verdict. */
  verdict?: string;
  durationMs: number;
  error?: string;
}

export interface MutationReport {
  seed: number;
  runs: number;
  parallel: number;
  /**
   * Each defect met only the tests naming what it breaks: the certificates hide other failures, the
   * attribution gate is not judged.
   */
  targeted: boolean;
  /**
   * Each defect met the whole suite only when its naming tests missed it (MutationOptions.firstFailure):
   * attribution is not judged.
   */
  firstFailure: boolean;
  durationMs: number;
  clean: CleanRun;
  rows: MutationRow[];
  summary: MutationSummary;
}

/**
 * The conformance suite once against the clean emulator and once per defect, in one Playwright run (a
 * project per emulator; `--first-failure` adds a second run for the defects the first one missed).
 */
export async function runMutation(options: MutationOptions): Promise<MutationReport> {
  const [report] = await runBatchParts<[MutationReport]>([mutationPart(options)], options);
  return report;
}

/** The mutation score's share of a batch: a project per defect, the clean emulator as the baseline. */
export function mutationPart(options: MutationOptions): BatchPart<MutationReport> {
  const defects = options.defects ? defectsNamed(options.defects) : [...DEFECTS];
  const naming = options.targeted || options.firstFailure ? testsNamingRequirements() : undefined;
  const grepFor = (breaks: readonly string[]) => {
    const titles = [...new Set(breaks.flatMap((requirement) => naming?.get(requirement) ?? []))];
    // A defect whose requirements no test names gets a pattern matching nothing: it shows as not caught.
    return titles.length > 0 ? grepForTitles(titles) : '^$';
  };
  const byName = new Map(defects.map((defect) => [defect.name, defect]));
  const rows = new Map<string, MutationRow>();
  // Defects the tests naming what they break missed (first-failure mode): the whole suite gets a second go.
  const missedFirst = new Set<string>();
  let clean: CleanRun = { tests: 0, failedTests: [], durationMs: 0, error: 'the clean run did not finish' };
  const addRow = (row: MutationRow) => {
    rows.set(row.defect, row);
    options.onRow?.(row, rows.size, defects.length);
  };
  return {
    paced: [],
    entries: defects.map((defect) => ({
      name: defect.name,
      defects: [defect.name],
      // One failing test decides a defect's verdict; a whole-suite run keeps going for whole certificates.
      // A defect's few naming tests in one worker: one worker start, and nothing run after the failure.
      ...(naming ? { grep: grepFor(defect.breaks), stopAfterFailure: true, workers: 1 } : {}),
    })),
    baseline: (result) => {
      clean = {
        tests: result.outcomes.length,
        failedTests: failedOutcomes(result.outcomes).map((outcome) => outcome.title),
        verdict: result.certificate.verdict,
        durationMs: result.testMs,
      };
    },
    result: (result) => {
      const defect = byName.get(result.name);
      if (!defect || rows.has(defect.name)) return;
      if (options.firstFailure && !missedFirst.has(defect.name) && failedOutcomes(result.outcomes).length === 0) {
        missedFirst.add(defect.name);
        return;
      }
      addRow(rowOf(defect, result));
    },
    followUp: () =>
      options.firstFailure
        ? defects
            .filter((defect) => missedFirst.has(defect.name) && !rows.has(defect.name))
            .map((defect) => ({ name: defect.name, defects: [defect.name], stopAfterFailure: true }))
        : [],
    broken: (message) => {
      if (clean.tests === 0) clean = { ...clean, error: message };
      for (const defect of defects)
        if (!rows.has(defect.name)) addRow({ ...mutationRow(defect, [], 0), error: message });
    },
    report: (durationMs) => {
      for (const defect of defects)
        if (!rows.has(defect.name))
          addRow({ ...mutationRow(defect, [], 0), error: 'the run did not finish this defect' });
      return {
        seed: options.seed,
        runs: options.runs,
        parallel: options.parallel,
        targeted: options.targeted ?? false,
        firstFailure: options.firstFailure ?? false,
        durationMs,
        clean,
        rows: defects.map((defect) => rows.get(defect.name) as MutationRow),
        summary: summarise([...rows.values()]),
      };
    },
  };
}

/** A defect's row; a project that ran no test is an error of the run, neither caught nor missed. */
function rowOf(defect: Defect, result: BatchProjectResult): MutationRow {
  const row = mutationRow(defect, result.outcomes, result.testMs, result.certificate);
  return result.outcomes.length === 0 ? { ...row, error: 'the run reported no tests' } : row;
}

/**
 * The runner succeeds only with every defect caught and nothing failing against the clean emulator;
 * a run of every defect against the whole suite must also meet the attribution gate.
 */
export function mutationPassed(report: MutationReport): boolean {
  const caughtAll = report.summary.score === 1 && report.summary.errors.length === 0;
  const cleanPassed = report.clean.failedTests.length === 0 && !report.clean.error;
  return caughtAll && cleanPassed && (!attributionJudged(report) || report.summary.attribution.met);
}

/** Only runs of every defect against the whole suite give whole certificates to judge attribution by. */
export function attributionJudged(report: Pick<MutationReport, 'targeted' | 'firstFailure'>): boolean {
  return !report.targeted && !report.firstFailure;
}
