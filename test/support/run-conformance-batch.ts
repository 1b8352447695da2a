import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts';
import { SUITE_ROOT } from '../../reports/src/suite-root.ts';
import { BATCH_LINE_PREFIX, type BatchPlan, type BatchProjectResult } from './batch-plan.ts';

/** One emulator of a batch: a project of its own in the one Playwright run. */
export interface BatchEntry {
  /** Unique in the batch: the project's name. */
  name: string;
  defects?: string[];
  /** Reading names (emulator/readings/catalogue.ts), `liberal` for the preset. */
  readings?: string[];
  /** Only the conformance tests matching this regular expression. */
  grep?: string;
  /** At most this many workers at once on this entry (see BatchProject.workers). */
  workers?: number;
  /** The entry stops at its first failing test: enough for a verdict of caught. */
  stopAfterFailure?: boolean;
}

export interface BatchOptions {
  runs?: number;
  seed?: number;
  /** Playwright workers shared by every project of the batch. */
  workers: number;
  /** Called as each project's last test is over (projects finish in about the order given). */
  onResult?(result: BatchProjectResult): void;
}

const PLAYWRIGHT_CLI = path.join(SUITE_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
const BATCH_CONFIG = path.join(import.meta.dirname, 'batch.config.ts');

/**
 * The conformance suite against one emulator per entry (started here, on free ports) in one Playwright run:
 * the runner's start, the test files' loading and the workers are paid once per batch, not once per
 * emulator. Each entry's result: its outcomes and its certificate; entries the run never finished are missing.
 */
export async function runConformanceBatch(
  entries: readonly BatchEntry[],
  options: BatchOptions,
): Promise<Map<string, BatchProjectResult>> {
  const names = new Set(entries.map((entry) => entry.name));
  if (names.size !== entries.length) throw new Error('batch entries need unique names');
  const emulators: RunningEmulator[] = [];
  const outputDir = mkdtempSync(path.join(tmpdir(), 'conformance-batch-'));
  const results = new Map<string, BatchProjectResult>();
  try {
    const projects = [];
    for (const entry of entries) {
      const emulator = await startEmulator({
        profilePath: path.join(SUITE_ROOT, 'targets/emulator.json'),
        port: 0,
        defects: entry.defects ?? [],
        readings: entry.readings ?? [],
      });
      emulators.push(emulator);
      projects.push({
        name: entry.name,
        baseUrl: emulator.url,
        ...(entry.grep ? { grep: entry.grep } : {}),
        ...(entry.workers !== undefined ? { workers: entry.workers } : {}),
        ...(entry.stopAfterFailure ? { stopAfterFailure: true } : {}),
      });
    }
    const plan: BatchPlan = {
      workers: options.workers,
      outputDir: path.join(outputDir, 'results'),
      projects,
    };
    const planFile = path.join(outputDir, 'plan.json');
    writeFileSync(planFile, JSON.stringify(plan));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CONFORMANCE_BATCH_PLAN: planFile,
      // Whatever else the child writes stays in its temporary folder, never over a user's reports.
      CONFORMANCE_OUTPUT_DIR: outputDir,
      ...(options.runs !== undefined ? { CONFORMANCE_RUNS: String(options.runs) } : {}),
      ...(options.seed !== undefined ? { CONFORMANCE_SEED: String(options.seed) } : {}),
    };
    // The child decides its own run id; the parent's test worker variables and a user's target must not leak in.
    for (const name of [
      'CONFORMANCE_RUN_ID',
      'CONFORMANCE_TARGET',
      'CONFORMANCE_BASE_URL',
      'CONFORMANCE_REPORT_DIR',
      'TEST_WORKER_INDEX',
      'TEST_PARALLEL_INDEX',
    ])
      delete env[name];
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'test', `--config=${BATCH_CONFIG}`], {
        cwd: SUITE_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let pending = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        pending += chunk.toString();
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const start = line.indexOf(BATCH_LINE_PREFIX);
          if (start < 0) continue;
          const result = JSON.parse(line.slice(start + BATCH_LINE_PREFIX.length)) as BatchProjectResult;
          results.set(result.name, result);
          options.onResult?.(result);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-20_000)));
      child.on('error', reject);
      child.on('close', (code) =>
        code === null ? reject(new Error(`batch run was killed\n${stderr}`)) : resolve(code),
      );
    });
    if (results.size === 0) throw new Error(`the batch run reported no project (exit ${exitCode})`);
    return results;
  } finally {
    await Promise.all(emulators.map((emulator) => emulator.close()));
    rmSync(outputDir, { recursive: true, force: true });
  }
}

/**
 * One batch for a whole test file (run in one worker, `mode: 'default'`): started by the first test that
 * asks, then each test reads its own entry's result.
 */
export function batchOnce(
  entries: readonly BatchEntry[],
  options: BatchOptions,
): (name: string) => Promise<BatchProjectResult> {
  let batch: Promise<Map<string, BatchProjectResult>> | undefined;
  return async (name) => {
    batch ??= runConformanceBatch(entries, options);
    const result = (await batch).get(name);
    if (!result) throw new Error(`the batch run did not finish ${name}`);
    return result;
  };
}
