import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SUITE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ChildRun {
  child: ChildProcess;
  /** The child's temporary output root (CONFORMANCE_OUTPUT_DIR): its reports and test results. */
  outputRoot: string;
  /** Resolves when the child has exited. */
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    report?: { suites: unknown[]; stats?: { expected: number; unexpected: number; skipped: number } };
  }>;
}

/** What ties a process to its own run; a child run inherits none of it unless it is given. */
const THIS_RUN_VARIABLES = [
  'CONFORMANCE_RUN_ID',
  'CONFORMANCE_TARGET',
  'CONFORMANCE_REPORT_DIR',
  'TEST_WORKER_INDEX',
  'TEST_PARALLEL_INDEX',
];

/** The environment of a child conformance run whose every report goes under `outputRoot`; `env` on top. */
export function childRunEnv(outputRoot: string, env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, CONFORMANCE_OUTPUT_DIR: outputRoot, ...env };
  for (const name of THIS_RUN_VARIABLES) if (!env[name]) delete childEnv[name];
  return childEnv;
}

/**
 * Starts the conformance project as a child process against `baseUrl` (list + JSON reporters, or
 * the configured ones: JUnit, HTML, Allure, certificate), in its own process group so it can be interrupted as a whole.
 */
export function startChildRun(
  baseUrl: string,
  options: { grep?: string; env?: NodeJS.ProcessEnv; workers?: number; configReporters?: boolean } = {},
): ChildRun {
  const outputDir = mkdtempSync(path.join(tmpdir(), 'safety-run-'));
  const reportFile = path.join(outputDir, 'report.json');
  // Every report the child writes (the configured reporters too) lands in its temporary folder, never over a user's.
  const env = childRunEnv(outputDir, {
    CONFORMANCE_BASE_URL: baseUrl,
    PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile,
    CONFORMANCE_WORKERS: String(options.workers ?? 2),
    ...options.env,
  });
  const args = [
    'playwright',
    'test',
    '--project=conformance',
    ...(options.configReporters ? [] : ['--reporter=list,json']),
    `--output=${path.join(outputDir, 'results')}`,
    ...(options.grep ? ['--grep', options.grep] : []),
  ];
  const child = spawn('npx', args, { cwd: SUITE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const done = new Promise<Awaited<ChildRun['done']>>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      let report;
      try {
        report = JSON.parse(readFileSync(reportFile, 'utf8'));
      } catch {
        report = undefined;
      }
      resolve({ code, signal, stdout, stderr, report });
    });
  });
  return { child, outputRoot: outputDir, done };
}

/** Every test result's status and error text, from the JSON report. */
export function resultsOf(
  report: { suites: unknown[] } | undefined,
): Array<{ title: string; status: string; error: string }> {
  const results: Array<{ title: string; status: string; error: string }> = [];
  type Suite = {
    title: string;
    suites?: Suite[];
    specs?: Array<{
      title: string;
      tests: Array<{ results: Array<{ status: string; errors?: Array<{ message?: string }> }> }>;
    }>;
  };
  const walk = (suite: Suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const result = test.results.at(-1);
        results.push({
          title: spec.title,
          status: result?.status ?? 'skipped',
          error: (result?.errors ?? []).map((error) => error.message ?? '').join('\n'),
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of (report?.suites ?? []) as Suite[]) walk(suite);
  return results;
}
