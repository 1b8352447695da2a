import { DEFECTS, defectsNamed } from '../../emulator/defects/catalogue.ts';
import { runConformance } from '../support/run-conformance.ts';
import { failedOutcomes, mutationRow, summarise, type MutationRow, type MutationSummary } from './mutation-row.ts';
import { inPool } from './pool.ts';
import { grepForTitles, testsNamingRequirements } from './tests-naming.ts';

export interface MutationOptions {
  /** Defect names (default: the whole catalogue). */
  defects?: string[];
  /** Cases per property in each run (CONFORMANCE_RUNS). */
  runs: number;
  /** The same seed for every run, so the runs differ only by the defect. */
  seed: number;
  /** Conformance runs at the same time (each with one Playwright worker). */
  parallel: number;
  /** Only the conformance tests matching this (for the runner's self-test). */
  grep?: string;
  /**
   * Each defect against only the tests naming a requirement it breaks, stopping at the first failure
   * (fast; CI): then "caught" means caught by a test that names the broken requirement. The clean
   * run stays complete.
   */
  targeted?: boolean;
  /**
   * Every defect against the whole suite, but only as far as the score needs: first the tests naming what
   * it breaks, stopping at the first failure; only when none fails, the rest of the suite up to its first
   * failure. Scores like the whole-suite run; the certificates are partial, so attribution is not judged.
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
  /** Each defect met only the tests naming what it breaks: the certificates hide other failures, the attribution gate is not judged. */
  targeted: boolean;
  /** Each defect's run stopped at its first failure (see MutationOptions.firstFailure): the attribution gate is not judged. */
  firstFailure: boolean;
  durationMs: number;
  clean: CleanRun;
  rows: MutationRow[];
  summary: MutationSummary;
}

const CLEAN = Symbol('clean');

/** The conformance suite once against the clean emulator and once per defect. */
export async function runMutation(options: MutationOptions): Promise<MutationReport> {
  const defects = options.defects ? defectsNamed(options.defects) : [...DEFECTS];
  const started = Date.now();
  let clean: CleanRun = { tests: 0, failedTests: [], durationMs: 0 };
  const rows: MutationRow[] = [];
  let done = 0;
  const naming = options.targeted || options.firstFailure ? testsNamingRequirements() : undefined;
  const grepFor = (breaks: readonly string[]) => {
    const titles = [...new Set(breaks.flatMap((requirement) => naming?.get(requirement) ?? []))];
    // A defect whose requirements no test names gets a pattern matching nothing: it shows as not caught.
    return titles.length > 0 ? grepForTitles(titles) : '^$';
  };
  await inPool([CLEAN, ...defects] as const, options.parallel, async (item) => {
    const begun = Date.now();
    const names = item === CLEAN ? [] : [item.name];
    try {
      const grep = item !== CLEAN && naming ? grepFor(item.breaks) : options.grep;
      // Targeted defect runs stop at the first failing test: one naming test failing is the verdict.
      const stopEarly = item !== CLEAN && naming ? { maxFailures: 1 } : {};
      const settings = { defects: names, runs: options.runs, seed: options.seed, workers: 1, certificate: true };
      let run = await runConformance({ ...settings, ...(grep ? { grep } : {}), ...stopEarly });
      // Not caught by the tests naming what it breaks: the rest of the suite may still catch it.
      if (item !== CLEAN && options.firstFailure && failedOutcomes(run.outcomes).length === 0) {
        run = await runConformance({ ...settings, ...(options.grep ? { grep: options.grep } : {}), maxFailures: 1 });
      }
      const durationMs = Date.now() - begun;
      if (run.outcomes.length === 0) throw new Error(`the run reported no tests (exit ${run.exitCode})`);
      if (!run.certificate) throw new Error(`the run wrote no certificate (exit ${run.exitCode})`);
      if (item === CLEAN)
        clean = {
          tests: run.outcomes.length,
          failedTests: failedOutcomes(run.outcomes).map((outcome) => outcome.title),
          verdict: run.certificate.verdict,
          durationMs,
        };
      else rows.push(mutationRow(item, run.outcomes, durationMs, run.certificate));
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? 'unknown error';
      if (item === CLEAN) clean = { tests: 0, failedTests: [], durationMs: Date.now() - begun, error: message };
      else rows.push({ ...mutationRow(item, [], Date.now() - begun), error: message });
    }
    if (item !== CLEAN) options.onRow?.(rows.at(-1) as MutationRow, ++done, defects.length);
  });
  const order = new Map(defects.map((defect, index) => [defect.name, index]));
  rows.sort((a, b) => (order.get(a.defect) ?? 0) - (order.get(b.defect) ?? 0));
  return {
    seed: options.seed,
    runs: options.runs,
    parallel: options.parallel,
    targeted: options.targeted ?? false,
    firstFailure: options.firstFailure ?? false,
    durationMs: Date.now() - started,
    clean,
    rows,
    summary: summarise(rows),
  };
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
