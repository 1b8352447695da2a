import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../emulator/server.ts';
import { loadOperations } from '../lib/contracts/load.ts';
import { startBareServer } from './bare-server.ts';
import { runChild, runScript, type Finished } from './child.ts';
import type { RecordedRequest } from './recorded-request.ts';
import { startRecordingEmulator } from './recording-emulator.ts';

// `npm run bench`: measures the suite against the reference emulator (in this process, counting and
// recording requests), the bare undici floor for the same requests, scaling with CONFORMANCE_RUNS,
// workers and shards, the emulator against a bare node:http server, and its memory per customer.
// Writes reports/bench.json and prints a table. Settings: BENCH_SEED, BENCH_SCALING_GREP, BENCH_SCALING_RUNS
// (comma list), BENCH_LOAD_MS (per operation and server), BENCH_MEMORY_CREATES, BENCH_MUTATION_DEFECTS (comma
// list; default the whole catalogue), BENCH_SKIP (comma list of phases: startup, default, broken, generated, workers,
// scaling, shards, load, memory, test, mutation-first, mutation), BENCH_KEEP=1 (keep the work files). Ends with the
// issue-16 table: each measure beside its goal.

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(os.tmpdir(), `conformance-bench-${process.pid}`);
const PLAYWRIGHT = path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
const SEED = process.env.BENCH_SEED ?? '20261123';
const SCALING_GREP = process.env.BENCH_SCALING_GREP ?? 'JSON valid calls';
const SCALING_RUNS = (process.env.BENCH_SCALING_RUNS ?? '10,100,1000').split(',').map(Number);
const LOAD_MS = Number(process.env.BENCH_LOAD_MS ?? 1500);
const MEMORY_CREATES = Number(process.env.BENCH_MEMORY_CREATES ?? 100_000);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const GENERATED = 'specs/operations.spec.ts';
const BROKEN_DEFECT = 'post-body-ignored';
const OPERATIONS = loadOperations();

mkdirSync(WORK, { recursive: true });
const emulator = await startRecordingEmulator();
const results: Record<string, unknown> = { machine: machine(), seed: SEED, startedAt: new Date().toISOString() };
const rows: Array<[string, string]> = [];
/** The issue-16 table: measure, figure, goal. */
const goals: Array<[string, string, string]> = [];
let runCounter = 0;

interface SuiteRun {
  label: string;
  exitCode: number | null;
  wallMs: number;
  requests: number;
  serverMsSum: number;
  counts?: { cases: number; tests: number; passed: number; testMs: number; status: string };
  requestsFile: string;
  /** CPU time of the runner and its workers, and of the emulator (this process, while the run lasted). */
  cpu: { suiteMs?: number; emulatorMs: number };
  /** The certificate reporter's verdict line, when it ran. */
  verdictLine?: string;
}

/** One Playwright run against the recording emulator; `counted` swaps the reporters for the case counter. */
async function suite(label: string, args: string[], env: Record<string, string>, counted = true): Promise<SuiteRun> {
  emulator.reset();
  const countsFile = path.join(WORK, `${label}-counts.json`);
  const emulatorCpu = process.cpuUsage();
  const reporter = counted ? [`--reporter=${path.join(ROOT, 'bench', 'case-counter-reporter.ts')}`] : [];
  const finished = await runChild(
    process.execPath,
    [
      PLAYWRIGHT,
      'test',
      '--project=conformance',
      `--output=${path.join(WORK, `${label}-results`)}`,
      ...reporter,
      ...args,
    ],
    {
      CONFORMANCE_BASE_URL: emulator.url,
      CONFORMANCE_SEED: SEED,
      CONFORMANCE_RUN_ID: runId(),
      CONFORMANCE_REPORT_DIR: path.join(WORK, `${label}-certificate`),
      CONFORMANCE_OUTPUT_DIR: path.join(WORK, `${label}-output`),
      BENCH_COUNTS_FILE: countsFile,
      ...env,
    },
  );
  const requestsFile = path.join(WORK, `${label}-requests.json`);
  writeFileSync(requestsFile, JSON.stringify(emulator.requests));
  const run: SuiteRun = {
    label,
    exitCode: finished.code,
    wallMs: finished.elapsedMs,
    requests: emulator.requests.length,
    serverMsSum: emulator.serverMs.reduce((sum, ms) => sum + ms, 0),
    requestsFile,
    cpu: { ...(finished.cpuMs !== undefined ? { suiteMs: finished.cpuMs } : {}), emulatorMs: cpuMs(emulatorCpu) },
    ...verdictOf(finished.stdout),
    ...(existsSync(countsFile) ? { counts: JSON.parse(readFileSync(countsFile, 'utf8')) } : {}),
  };
  if (run.requests === 0)
    throw new Error(
      `${label}: no request reached the emulator\n${finished.stdout.slice(-2000)}\n${finished.stderr.slice(-2000)}`,
    );
  console.log(
    `  ${label}: ${seconds(run.wallMs)} s, ${run.requests} requests` +
      (run.counts ? `, ${run.counts.cases} cases, ${run.counts.passed}/${run.counts.tests} passed` : '') +
      ` (exit ${run.exitCode}); CPU ${cpuFigures(run)}`,
  );
  return run;
}

/** `npm run mutation` with `flags`, timed: its score line and attribution gate, a row and a goal row. */
async function mutation(flags: string[]): Promise<Record<string, unknown>> {
  const picked = process.env.BENCH_MUTATION_DEFECTS;
  const run = await runChild(process.execPath, [
    '--import',
    'tsx',
    path.join(ROOT, 'test', 'mutation', 'run.ts'),
    '--seed',
    SEED,
    ...flags,
    ...(picked ? ['--defects', picked] : []),
  ]);
  const score = /^Score: .*$/m.exec(run.stdout)?.[0] ?? '(no score printed)';
  const gate = /^Attribution.*$/m.exec(run.stdout)?.[0] ?? '';
  const what = flags.includes('--first-failure')
    ? '`npm run mutation -- --first-failure` (each defect until its first caught failure: the score)'
    : '`npm run mutation` (every defect against the whole suite: the score and attribution)';
  const defects = picked ? ` for ${picked.split(',').length} defects` : '';
  rows.push([`${what}: wall`, `${seconds(run.elapsedMs)} s (exit ${run.code}); ${score}${gate ? `; ${gate}` : ''}`]);
  goals.push([what, `${minutes(run.elapsedMs)} min${defects} (exit ${run.code})`, '≤ 10 min']);
  return { exitCode: run.code, wallMs: run.elapsedMs, score, gate, defects: picked ?? 'all' };
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * A run is CPU-bound when its processes' CPU time fills the cores: then (suite + emulator CPU) / cores is the least
 * wall time it can take on this machine, and the CPU per request is what a faster run must cut.
 */
function cpuFigures(run: SuiteRun): string {
  const { suiteMs, emulatorMs } = run.cpu;
  if (suiteMs === undefined) return `emulator ${seconds(emulatorMs)} s (no /proc: the suite's CPU is not measured)`;
  const perRequest = (ms: number) => ((ms / run.requests) * 1000).toFixed(0);
  const cores = cpus().length;
  const leastWall = seconds((suiteMs + emulatorMs) / cores);
  return (
    `${seconds(suiteMs)} s (${perRequest(suiteMs)} µs per request); ${seconds(emulatorMs)} s ` +
    `(${perRequest(emulatorMs)} µs per request); least wall on ${cores} cores ${leastWall} s`
  );
}

async function floor(run: SuiteRun, concurrency: number): Promise<{ elapsedMs: number; perSecond: number }> {
  return lastJson(
    await runScript(path.join(ROOT, 'bench', 'replay.ts'), [run.requestsFile, emulator.url, String(concurrency), '0']),
  );
}

try {
  console.log(`bench: emulator ${emulator.url}, seed ${SEED}, work files in ${WORK}`);

  if (!SKIP.has('startup')) {
    const startupMs = await emulatorStartup();
    results.emulatorStartupMs = startupMs;
    rows.push([
      'emulator start-up (node --import tsx emulator/main.ts, the webServer of npm start)',
      `${seconds(startupMs)} s`,
    ]);
  }

  if (!SKIP.has('default')) {
    const run = await suite('default', [], {}, false);
    results.defaultRun = run;
    rows.push([
      'default run (364 tests, all reporters, 2 workers, 10 runs): wall',
      `${seconds(run.wallMs)} s (exit ${run.exitCode})`,
    ]);
    rows.push(['default run: certificate', run.verdictLine ?? '(no verdict printed)']);
    rows.push([
      'default run: requests sent / per second',
      `${run.requests} / ${Math.round(run.requests / (run.wallMs / 1000))}`,
    ]);
    rows.push(['default run: emulator busy (sum of request times / wall)', percent(run.serverMsSum / run.wallMs)]);
    rows.push(['default run: CPU time (runner and workers; emulator)', cpuFigures(run)]);
    goals.push([
      '`npm start`, default run, wall (CPU time of all its processes / cores)',
      `${seconds(run.wallMs)} s (${seconds(((run.cpu.suiteMs ?? 0) + run.cpu.emulatorMs) / cpus().length)} s)`,
      '≤ 8 s (moonshot 5 s)',
    ]);
  }

  if (!SKIP.has('broken')) {
    const run = await brokenTarget();
    results.brokenTarget = run;
    const defaultWallMs = (results.defaultRun as SuiteRun | undefined)?.wallMs;
    rows.push([
      `run against ${BROKEN_DEFECT} (every POST body ignored): wall`,
      `${seconds(run.wallMs)} s (exit ${run.exitCode}), ` +
        `certificate ${run.certificateWritten ? 'written' : 'NOT written'}`,
    ]);
    rows.push([`run against ${BROKEN_DEFECT}: certificate`, run.verdictLine ?? '(no verdict printed)']);
    goals.push([
      `run against ${BROKEN_DEFECT}, wall / default run`,
      defaultWallMs ? `${(run.wallMs / defaultWallMs).toFixed(2)} (${seconds(run.wallMs)} s)` : 'default run skipped',
      '≤ 2, certificate written',
    ]);
  }

  let generated: SuiteRun | undefined;
  if (!SKIP.has('generated')) {
    generated = await suite('generated-w2', [GENERATED], { CONFORMANCE_WORKERS: '2', CONFORMANCE_RUNS: '10' });
    const bare = await floor(generated, 2);
    const cases = generated.counts?.cases ?? 0;
    results.generated = {
      run: generated,
      floor: bare,
      ratio: generated.wallMs / bare.elapsedMs,
      inTestRatio: generated.counts!.testMs / 2 / bare.elapsedMs,
    };
    rows.push([
      'generated cases (operations.spec.ts, 2 workers, 10 runs): wall',
      `${seconds(generated.wallMs)} s, ${cases} cases, ${generated.requests} requests`,
    ]);
    rows.push(['generated: checked cases per second (wall)', `${Math.round(cases / (generated.wallMs / 1000))}`]);
    rows.push([
      'generated: emulator busy (sum of request times / wall)',
      percent(generated.serverMsSum / generated.wallMs),
    ]);
    rows.push([
      'floor: same requests, bare undici loop, concurrency 2',
      `${seconds(bare.elapsedMs)} s (${Math.round(bare.perSecond)} req/s)`,
    ]);
    rows.push([
      'HEADLINE suite wall / floor (in-test time / floor)',
      `${(generated.wallMs / bare.elapsedMs).toFixed(1)} ` +
        `(${(generated.counts!.testMs / 2 / bare.elapsedMs).toFixed(1)})`,
    ]);
    goals.push([
      'generated-case part, suite / bare-undici floor',
      `${(generated.wallMs / bare.elapsedMs).toFixed(1)} ` +
        `(in-test ${(generated.counts!.testMs / 2 / bare.elapsedMs).toFixed(1)})`,
      '≤ 3.0 (moonshot 2.0)',
    ]);
  }

  if (!SKIP.has('workers')) {
    const one = await suite('generated-w1', [GENERATED], { CONFORMANCE_WORKERS: '1', CONFORMANCE_RUNS: '10' });
    results.workers1 = one;
    rows.push([
      'generated, 1 worker: wall',
      `${seconds(one.wallMs)} s` +
        (generated ? ` (2 workers: ${(one.wallMs / generated.wallMs).toFixed(2)}x faster)` : ''),
    ]);
  }

  if (!SKIP.has('scaling')) {
    const scaling: Array<{
      runs: number;
      wallMs: number;
      cases: number;
      requests: number;
      inTestMsPerCase: number;
      wallMsPerCase: number;
      passed: number;
      tests: number;
    }> = [];
    for (const runs of SCALING_RUNS) {
      const run = await suite(`scaling-${runs}`, [GENERATED, '--grep', SCALING_GREP], {
        CONFORMANCE_WORKERS: '2',
        CONFORMANCE_RUNS: String(runs),
      });
      const cases = run.counts?.cases ?? 0;
      const perCaseMs = run.counts!.testMs / cases;
      scaling.push({
        runs,
        wallMs: run.wallMs,
        cases,
        requests: run.requests,
        inTestMsPerCase: perCaseMs,
        wallMsPerCase: run.wallMs / cases,
        passed: run.counts!.passed,
        tests: run.counts!.tests,
      });
      rows.push([
        `scaling "${SCALING_GREP}", ${runs} runs: wall, cases, in-test ms per case`,
        `${seconds(run.wallMs)} s, ${cases}, ${perCaseMs.toFixed(2)} ms`,
      ]);
    }
    const perCase = scaling.map((entry) => entry.inTestMsPerCase);
    // Per-test costs (worker warm-up, fixtures, teardown) weigh on small runs: the extra time per extra case shows
    // growth alone.
    const marginal = scaling.slice(1).map((entry, index) => {
      const previous = scaling[index]!;
      return {
        from: previous.runs,
        to: entry.runs,
        msPerExtraCase:
          (entry.inTestMsPerCase * entry.cases - previous.inTestMsPerCase * previous.cases) /
          (entry.cases - previous.cases),
      };
    });
    results.scaling = {
      grep: SCALING_GREP,
      runs: scaling,
      spread: Math.max(...perCase) / Math.min(...perCase) - 1,
      marginal,
    };
    const largest = scaling.at(-1);
    if (largest)
      goals.push([
        `\`CONFORMANCE_RUNS=${largest.runs}\` valid calls, time per case`,
        `${largest.wallMsPerCase.toFixed(1)} ms wall, ${largest.inTestMsPerCase.toFixed(1)} ms in-test`,
        "≤ 1.5 × the floor's time per request sequence",
      ]);
    rows.push([
      'scaling: spread of in-test time per case (target within 20%)',
      percent(Math.max(...perCase) / Math.min(...perCase) - 1),
    ]);
    rows.push([
      'scaling: in-test ms per extra case',
      marginal.map((entry) => `${entry.from}->${entry.to}: ${entry.msPerExtraCase.toFixed(2)}`).join(', '),
    ]);
  }

  if (!SKIP.has('shards')) results.shards = await shards();

  if (!SKIP.has('load')) results.load = await load();

  if (!SKIP.has('test')) {
    // The whole gate CI runs, as a contributor would before a commit.
    const gate = await runChild('npm', ['test'], { CONFORMANCE_SEED: SEED });
    results.npmTest = { exitCode: gate.code, wallMs: gate.elapsedMs };
    rows.push(['npm test: wall', `${seconds(gate.elapsedMs)} s (exit ${gate.code})`]);
    goals.push(['`npm test`', `${minutes(gate.elapsedMs)} min (exit ${gate.code})`, '≤ 4 min']);
  }

  // The score's run (each defect until its first caught failure) and the attribution run (every defect against the
  // whole suite, every certificate whole).
  if (!SKIP.has('mutation-first')) results.mutationFirstFailure = await mutation(['--first-failure']);
  if (!SKIP.has('mutation')) results.mutation = await mutation([]);

  if (!SKIP.has('memory')) {
    const memory = lastJson<{
      creates: number;
      refused: number;
      checkpoints: Array<{ customers: number; heapBytes: number; bytesPerCustomer: number }>;
    }>(await runScript(path.join(ROOT, 'bench', 'memory.ts'), [String(MEMORY_CREATES)], ['--expose-gc']));
    results.memory = memory;
    const last = memory.checkpoints.at(-1)!;
    rows.push([
      `emulator heap after ${memory.creates} creates (${memory.refused} refused)`,
      `${(last.heapBytes / 2 ** 20).toFixed(1)} MiB, ${last.bytesPerCustomer} B per customer ` +
        `(at ${memory.checkpoints.map((entry) => entry.bytesPerCustomer).join(' / ')})`,
    ]);
  }
} finally {
  await emulator.close();
}

results.finishedAt = new Date().toISOString();
mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
writeFileSync(path.join(ROOT, 'reports', 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
results.goals = goals.map(([measure, figure, goal]) => ({ measure, figure, goal }));
const width = Math.max(...rows.map(([name]) => name.length));
const goalTable = [
  '| measure | figure | goal |',
  '|---|---|---|',
  ...goals.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
const { cpu, nproc, node, loadAverage } = results.machine as {
  cpu: string;
  nproc: number;
  node: string;
  loadAverage: number[];
};
console.log(
  `\n${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n\n` +
    `Machine: ${nproc} × ${cpu}, Node ${node}, ` +
    `load average at start ${loadAverage.map((value) => value.toFixed(1)).join(' / ')}\n\n` +
    `${goalTable}\n\nwritten: reports/bench.json`,
);
if (process.env.BENCH_KEEP !== '1') rmSync(WORK, { recursive: true, force: true });

/**
 * The default run against a nearly broken target (the emulator ignoring every POST body: hundreds of failing
 * tests, each shrunk): is its certificate written, and how long after a clean run's would it be?
 */
async function brokenTarget(): Promise<{
  exitCode: number | null;
  wallMs: number;
  certificateWritten: boolean;
  verdictLine?: string;
}> {
  const broken = await startEmulator({ port: 0, defects: [BROKEN_DEFECT] });
  try {
    const certificateDir = path.join(WORK, 'broken-certificate');
    const finished = await runChild(
      process.execPath,
      [PLAYWRIGHT, 'test', '--project=conformance', `--output=${path.join(WORK, 'broken-results')}`],
      {
        CONFORMANCE_BASE_URL: broken.url,
        CONFORMANCE_SEED: SEED,
        CONFORMANCE_RUN_ID: runId(),
        CONFORMANCE_REPORT_DIR: certificateDir,
        CONFORMANCE_OUTPUT_DIR: path.join(WORK, 'broken-output'),
      },
    );
    return {
      exitCode: finished.code,
      wallMs: finished.elapsedMs,
      certificateWritten: existsSync(path.join(certificateDir, 'certificate.json')),
      ...verdictOf(finished.stdout),
    };
  } finally {
    await broken.close();
  }
}

/**
 * Both halves with blob reporters, then merge-reports with the project's config: does the certificate come out whole?
 */
async function shards(): Promise<unknown> {
  const blobs = path.join(WORK, 'blobs');
  mkdirSync(blobs, { recursive: true });
  const halves = [];
  for (const index of [1, 2]) {
    const blobDir = path.join(WORK, `blob-${index}`);
    const run = await suite(
      `shard-${index}`,
      [`--shard=${index}/2`, '--reporter=blob'],
      { PLAYWRIGHT_BLOB_OUTPUT_DIR: blobDir },
      false,
    );
    for (const file of readdirSync(blobDir)) copyFileSync(path.join(blobDir, file), path.join(blobs, file));
    halves.push(run);
  }
  const certificateDir = path.join(WORK, 'merged-certificate');
  const merged = await runChild(
    process.execPath,
    [PLAYWRIGHT, 'merge-reports', '--config', path.join(ROOT, 'playwright.config.ts'), blobs],
    {
      CONFORMANCE_BASE_URL: emulator.url,
      CONFORMANCE_SEED: SEED,
      CONFORMANCE_RUN_ID: runId(),
      CONFORMANCE_REPORT_DIR: certificateDir,
      CONFORMANCE_OUTPUT_DIR: path.join(WORK, 'merged-output'),
      PLAYWRIGHT_HTML_OUTPUT_DIR: path.join(WORK, 'merged-html'),
    },
  );
  const certificateFile = path.join(certificateDir, 'certificate.json');
  const certificate = existsSync(certificateFile)
    ? (JSON.parse(readFileSync(certificateFile, 'utf8')) as {
        verdict?: string;
        summary?: unknown;
        requirements?: unknown[];
      })
    : undefined;
  const { verdictLine = '(no verdict printed)' } = verdictOf(merged.stdout);
  rows.push([
    'shards 1/2 + 2/2 (each 2 workers, run one after the other): wall',
    `${seconds(halves[0]!.wallMs)} s + ${seconds(halves[1]!.wallMs)} s, merge ${seconds(merged.elapsedMs)} s`,
  ]);
  rows.push([
    'merged certificate (merge-reports --config playwright.config.ts)',
    certificate
      ? `written (exit ${merged.code}), ${verdictLine}`
      : `NOT written (exit ${merged.code}): ${merged.stderr.slice(0, 200)}`,
  ]);
  goals.push([
    'shard merge (`merge-reports`) of two green shards',
    `exit ${merged.code}, ${certificate?.verdict ?? 'no certificate'}`,
    'exit 0',
  ]);
  return {
    halves,
    merge: {
      exitCode: merged.code,
      wallMs: merged.elapsedMs,
      verdictLine,
      certificateWritten: certificate !== undefined,
      verdict: certificate?.verdict,
    },
  };
}

/**
 * Per operation: the suite's recorded requests for it, replayed by a separate process (undici pool, 16 connections) at
 * the emulator, then at a bare server giving the emulator's bytes.
 */
async function load(): Promise<unknown> {
  const source = existsSync(path.join(WORK, 'generated-w2-requests.json'))
    ? path.join(WORK, 'generated-w2-requests.json')
    : undefined;
  if (!source) throw new Error('the load phase replays the requests of the generated phase: do not skip it');
  const requests = JSON.parse(readFileSync(source, 'utf8')) as RecordedRequest[];
  const bare = await startBareServer();
  emulator.setRecording(false);
  const table = [];
  try {
    for (const operation of OPERATIONS) {
      const own = requests.filter((request) => operationOf(request) === operation.id).slice(0, 3000);
      if (own.length === 0) continue;
      const file = path.join(WORK, `load-${operation.id}.json`);
      writeFileSync(file, JSON.stringify(own));
      const first = own[0]!;
      const sample = await fetch(`${emulator.url}${first.url}`, {
        method: first.method,
        ...(first.body !== undefined ? { body: first.body, headers: { 'content-type': first.contentType ?? '' } } : {}),
      });
      bare.answerWith(Buffer.from(await sample.arrayBuffer()), sample.headers.get('content-type') ?? 'text/plain');
      const ofEmulator = lastJson<{ perSecond: number; p99Ms: number }>(
        await runScript(path.join(ROOT, 'bench', 'replay.ts'), [file, emulator.url, '16', String(LOAD_MS)]),
      );
      const ofBare = lastJson<{ perSecond: number; p99Ms: number }>(
        await runScript(path.join(ROOT, 'bench', 'replay.ts'), [file, bare.url, '16', String(LOAD_MS)]),
      );
      const share = ofEmulator.perSecond / ofBare.perSecond;
      table.push({ operation: operation.id, requests: own.length, emulator: ofEmulator, bare: ofBare, share });
      rows.push([
        `load ${operation.id}: emulator vs bare node:http req/s (p99 ms)`,
        `${Math.round(ofEmulator.perSecond)} (${ofEmulator.p99Ms.toFixed(1)}) vs ` +
          `${Math.round(ofBare.perSecond)} (${ofBare.p99Ms.toFixed(1)}): ${percent(share)}`,
      ]);
      if (operation.id === 'create')
        goals.push(['emulator create, requests/s vs bare node:http giving the same bytes', percent(share), '≥ 70%']);
    }
  } finally {
    emulator.setRecording(true);
    await bare.close();
  }
  return table;
}

/** Which operation a recorded request calls: endpoint from the path, selectors from the parameters. */
function operationOf(request: RecordedRequest): string | undefined {
  const [pathname, query = ''] = request.url.split('?');
  const params = new URLSearchParams(`${query}&${request.body ?? ''}`);
  const endpoint = pathname!.replace(/^\/apiv2\//, '').replace(/\.(json|xml)$/, '');
  const matches = OPERATIONS.filter(
    (operation) =>
      operation.endpoint === endpoint &&
      Object.entries(operation.selectors).every(([name, value]) => params.get(name) === value),
  );
  // The operation with the most selectors is the one meant (profile/get over a bare profile).
  return matches.sort((a, b) => Object.keys(b.selectors).length - Object.keys(a.selectors).length)[0]?.id;
}

/** From spawning the emulator as playwright.config.ts's webServer does, to its first answer. */
async function emulatorStartup(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/main.ts', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk;
      const found = /listening on (\S+)/.exec(text);
      if (found) resolve(found[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the emulator exited with ${code} before listening`)));
  });
  await fetch(`${url}/health`);
  const elapsed = performance.now() - started;
  // End the whole group this bench started.
  process.kill(-child.pid!, 'SIGTERM');
  return elapsed;
}

function verdictOf(stdout: string): { verdictLine?: string } {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('Conformance verdict'));
  return line ? { verdictLine: line } : {};
}

function runId(): string {
  return `${Date.now().toString(36)}${(runCounter++).toString(36).padStart(4, '0')}`;
}

function lastJson<T>(finished: Finished): T {
  const line = finished.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new Error(`a bench child gave no result (exit ${finished.code}): ${finished.stderr.slice(-1500)}`);
  }
}

function machine(): Record<string, unknown> {
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    loadAverage: os.loadavg(),
    platform: `${os.platform()} ${os.release()}`,
  };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function minutes(ms: number): string {
  return (ms / 60_000).toFixed(1);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
