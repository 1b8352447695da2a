import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../../emulator/server.ts';
import type { Certificate } from '../../reports/src/certificate-types.ts';

const SUITE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface TestOutcome {
  title: string;
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  /** Declared and run-time annotations (requirement, operation, format, violated...). */
  annotations: Array<{ type: string; description?: string }>;
  errors: string[];
}

export interface ConformanceRun {
  outcomes: TestOutcome[];
  exitCode: number | null;
  /** The certificate the run's certificate reporter wrote (with `certificate: true`). */
  certificate?: Certificate;
}

/**
 * Runs the conformance project in a child Playwright process (JSON reporter) against an emulator
 * started here, on a free port, with the given defects and readings.
 */
export interface ConformanceOptions {
  defects?: string[];
  /** Reading names (emulator/readings/catalogue.ts), `liberal` for the preset. */
  readings?: string[];
  grep?: string;
  runs?: number;
  seed?: number;
  workers?: number;
  maxFailures?: number;
  /** `current/total` (Playwright's --shard). */
  shard?: string;
  /** Also write a blob report (for merge-reports) into this directory. */
  blobDir?: string;
  /** The run id (default: the child decides its own); shards of one run share it. */
  runId?: string;
  /** Also run the certificate reporter and return its certificate (what the run counts as failed, blocked, passed). */
  certificate?: boolean;
}

const PLAYWRIGHT_CLI = path.join(SUITE_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
const CERTIFICATE_REPORTER = path.join(SUITE_ROOT, 'reports', 'src', 'certificate-reporter.ts');

export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceRun> {
  const emulator = await startEmulator({
    profilePath: path.join(SUITE_ROOT, 'targets/emulator.json'),
    port: 0,
    defects: options.defects ?? [],
    readings: options.readings ?? [],
  });
  const outputDir = mkdtempSync(path.join(tmpdir(), 'conformance-run-'));
  const reportFile = path.join(outputDir, 'report.json');
  try {
    const reporters = [
      'json',
      ...(options.blobDir ? ['blob'] : []),
      ...(options.certificate ? [CERTIFICATE_REPORTER] : []),
    ];
    const certificateDir = path.join(outputDir, 'certificate');
    const args = [
      PLAYWRIGHT_CLI,
      'test',
      '--project=conformance',
      `--reporter=${reporters.join(',')}`,
      `--output=${path.join(outputDir, 'results')}`,
      ...(options.grep ? ['--grep', options.grep] : []),
      ...(options.maxFailures ? [`--max-failures=${options.maxFailures}`] : []),
      ...(options.shard ? [`--shard=${options.shard}`] : []),
    ];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CONFORMANCE_BASE_URL: emulator.url,
      // Whatever else the child writes stays in its temporary folder, never over a user's reports.
      CONFORMANCE_OUTPUT_DIR: outputDir,
      PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile,
      ...(options.runs !== undefined ? { CONFORMANCE_RUNS: String(options.runs) } : {}),
      ...(options.seed !== undefined ? { CONFORMANCE_SEED: String(options.seed) } : {}),
      ...(options.workers !== undefined ? { CONFORMANCE_WORKERS: String(options.workers) } : {}),
      ...(options.blobDir ? { PLAYWRIGHT_BLOB_OUTPUT_DIR: options.blobDir } : {}),
    };
    // The child decides its own run id (fresh usernames); the parent's test worker variables and a user's report
    // folder must not leak in.
    for (const name of [
      'CONFORMANCE_RUN_ID',
      'CONFORMANCE_TARGET',
      'CONFORMANCE_REPORT_DIR',
      'TEST_WORKER_INDEX',
      'TEST_PARALLEL_INDEX',
    ])
      delete env[name];
    if (options.runId) env.CONFORMANCE_RUN_ID = options.runId;
    if (options.certificate) env.CONFORMANCE_REPORT_DIR = certificateDir;
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      // Node itself, not npx: one process less per run.
      const child = spawn(process.execPath, args, { cwd: SUITE_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === null ? reject(new Error(`conformance run was killed\n${stderr}`)) : resolve(code),
      );
    });
    const certificateFile = path.join(certificateDir, 'certificate.json');
    return {
      outcomes: outcomesOf(JSON.parse(readFileSync(reportFile, 'utf8'))),
      exitCode,
      ...(options.certificate && existsSync(certificateFile)
        ? { certificate: JSON.parse(readFileSync(certificateFile, 'utf8')) as Certificate }
        : {}),
    };
  } finally {
    await emulator.close();
    rmSync(outputDir, { recursive: true, force: true });
  }
}

interface JsonSuite {
  title: string;
  suites?: JsonSuite[];
  specs?: Array<{
    title: string;
    tests: Array<{
      annotations?: TestOutcome['annotations'];
      results: Array<{
        status: TestOutcome['status'];
        annotations?: TestOutcome['annotations'];
        errors?: Array<{ message?: string }>;
      }>;
    }>;
  }>;
}

function outcomesOf(report: { suites: JsonSuite[] }): TestOutcome[] {
  const outcomes: TestOutcome[] = [];
  const walk = (suite: JsonSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const result = test.results.at(-1);
        const annotations = [...(test.annotations ?? []), ...(result?.annotations ?? [])];
        const unique = [
          ...new Map(
            annotations.map((annotation) => [`${annotation.type}\u0000${annotation.description}`, annotation]),
          ).values(),
        ];
        outcomes.push({
          title: [...titles, spec.title].filter(Boolean).join(' > '),
          status: result?.status ?? 'skipped',
          annotations: unique,
          errors: (result?.errors ?? []).map((error) => error.message ?? ''),
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites) walk(suite, []);
  return outcomes;
}
