import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ledgerPath, SAFETY_DIR } from './ledger.ts';
import { suiteRunOf } from './run-id.ts';

/** A run id from elsewhere (another machine, CI) is left alone this long: it may still be running. */
export const FOREIGN_RUN_GRACE_MS = 6 * 60 * 60 * 1000;

function markerPath(runId: string, root: string): string {
  return path.join(root, SAFETY_DIR, `run-${runId}.pid`);
}

/** Marks the run as live (the runner's pid) until `markRunEnded`; a killed run leaves a dead pid behind. */
export function markRunLive(runId: string, root = process.cwd()): void {
  mkdirSync(path.join(root, SAFETY_DIR), { recursive: true });
  writeFileSync(markerPath(runId, root), String(process.pid));
}

export function isRunLive(runId: string, root = process.cwd()): boolean {
  return existsSync(markerPath(runId, root));
}

export function markRunEnded(runId: string, root = process.cwd()): void {
  rmSync(markerPath(runId, root), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed runner not yet reaped (a zombie) still answers signal 0.
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
}

/**
 * Whether a customer is a leftover a sweep may delete: a suite username (prefix and run id) of a run
 * that is over — known here and no longer running (dead pid, or a ledger without a live marker),
 * or unknown here and older than the grace period. A concurrent run's customers are never touched.
 */
export function leftoverPicker(
  runPrefix: string,
  currentRunId: string,
  root = process.cwd(),
  now = Date.now(),
): (username: string) => boolean {
  return (username) => {
    const run = suiteRunOf(username, runPrefix, now);
    if (!run || run.runId === currentRunId) return false;
    const marker = markerPath(run.runId, root);
    if (existsSync(marker)) return !alive(Number(readFileSync(marker, 'utf8')));
    if (existsSync(ledgerPath(run.runId, root))) return true;
    return now - run.startedAt > FOREIGN_RUN_GRACE_MS;
  };
}

/** After a clean sweep: forgets runs that are over (their markers and ledgers); live runs keep theirs. */
export function forgetFinishedRuns(currentRunId: string, root = process.cwd(), now = Date.now()): void {
  const folder = path.join(root, SAFETY_DIR);
  if (!existsSync(folder)) return;
  const runIds = new Set(
    readdirSync(folder).flatMap(
      (file) => /^(?:run-(.+)\.pid|ledger-(.+)\.jsonl)$/.exec(file)?.slice(1).filter(Boolean) ?? [],
    ),
  );
  runIds.delete(currentRunId);
  for (const runId of runIds) {
    const marker = markerPath(runId, root);
    const ledger = ledgerPath(runId, root);
    const over = existsSync(marker)
      ? !alive(Number(readFileSync(marker, 'utf8')))
      : now - statSync(ledger).mtimeMs > FOREIGN_RUN_GRACE_MS;
    if (!over) continue;
    rmSync(marker, { force: true });
    rmSync(ledger, { force: true });
  }
}
