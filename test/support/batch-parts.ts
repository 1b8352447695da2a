import type { BatchProjectResult } from './batch-plan.ts';
import { runConformanceBatch, type BatchEntry } from './run-conformance-batch.ts';

/**
 * One score's share of a batch run (the mutation score, the false-alarm score): its emulators, what it makes
 * of their results and of the baseline's (the emulator with neither defect nor reading), and its report.
 * Parts share one batch: the runner starts once and the baseline runs once for all of them.
 */
export interface BatchPart<Report> {
  /** Entries that mostly wait (a rate limit): they go first, one worker each, besides the shared workers. */
  paced: BatchEntry[];
  entries: BatchEntry[];
  baseline(result: BatchProjectResult): void;
  result(result: BatchProjectResult): void;
  /** Entries for a second batch, asked once the first is over (none: the part is done). */
  followUp?(): BatchEntry[];
  /** The batch broke before reporting the part's entries: each unfinished one is an error with this message. */
  broken(message: string): void;
  /** The part's report; entries the run never finished are errors. */
  report(durationMs: number): Report;
}

export interface BatchPartsOptions {
  /** Workers shared by every entry that does not mostly wait. */
  parallel: number;
  runs: number;
  seed: number;
  /** Only the conformance tests matching this, for entries that name no selection of their own. */
  grep?: string;
}

/** The baseline's project: the emulator with neither defect nor reading. No defect or reading is named so. */
export const BASELINE = 'clean';

/** Runs the parts' entries and one baseline in one batch (a second one for follow-ups), then reports each part. */
export async function runBatchParts<Reports extends unknown[]>(
  parts: { [index in keyof Reports]: BatchPart<Reports[index]> },
  options: BatchPartsOptions,
): Promise<Reports> {
  const started = Date.now();
  const list = parts as BatchPart<unknown>[];
  const selection = (entry: BatchEntry): BatchEntry =>
    entry.grep === undefined && options.grep !== undefined ? { ...entry, grep: options.grep } : entry;
  const paced = list.flatMap((part) => part.paced);
  const owners = new Map<string, BatchPart<unknown>>();
  for (const part of list) for (const entry of [...part.paced, ...part.entries]) owners.set(entry.name, part);
  if (owners.has(BASELINE)) throw new Error(`no defect or reading may be named "${BASELINE}"`);
  const run = async (entries: BatchEntry[], waiting: number) => {
    try {
      await runConformanceBatch(entries.map(selection), {
        workers: options.parallel + waiting,
        runs: options.runs,
        seed: options.seed,
        onResult: (result) => {
          if (result.name === BASELINE) for (const part of list) part.baseline(result);
          else owners.get(result.name)?.result(result);
        },
      });
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? 'unknown error';
      for (const part of list) part.broken(message);
    }
  };
  await run(
    [...paced.map((entry) => ({ ...entry, workers: 1 })), { name: BASELINE }, ...list.flatMap((part) => part.entries)],
    paced.length,
  );
  const followUps = list.flatMap((part) => part.followUp?.() ?? []);
  if (followUps.length > 0) await run(followUps, 0);
  return list.map((part) => part.report(Date.now() - started)) as Reports;
}
