import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { newRunId } from './lib/safety/run-id.ts';
import { outputRoot } from './reports/src/output-root.ts';

// The config is evaluated first in the runner process, then again in every worker: values that must
// be the same everywhere (seed, run id) are decided once here and handed down through the environment.
process.env.CONFORMANCE_SEED ??= String(Math.floor(Math.random() * 2 ** 31));
process.env.CONFORMANCE_RUN_ID ??= newRunId();

const EMULATOR_PROFILE = 'targets/emulator.json';
const externalTarget = process.env.CONFORMANCE_TARGET !== undefined || process.env.CONFORMANCE_BASE_URL !== undefined;
// The emulator is only needed when the conformance project runs (no --project given, or it is named).
const selectedProjects = process.argv.flatMap((argument, index, all) =>
  argument.startsWith('--project=')
    ? [argument.slice('--project='.length)]
    : argument === '--project'
      ? [all[index + 1] ?? '']
      : [],
);
const runsConformance = selectedProjects.length === 0 || selectedProjects.includes('conformance');
// A self-tests run never writes over a user's conformance reports (CONFORMANCE_OUTPUT_DIR moves every output).
if (!runsConformance) process.env.CONFORMANCE_OUTPUT_DIR ??= 'test-output/self-tests';
const output = outputRoot();
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 3917);
// The embedded emulator on another port: the suite follows it there.
if (!externalTarget && process.env.EMULATOR_PORT !== undefined)
  process.env.CONFORMANCE_BASE_URL = `http://127.0.0.1:${emulatorPort}`;

export default defineConfig({
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two workers: runner, workers and the emulator share the cores; more only adds contention.
  workers: Number(process.env.CONFORMANCE_WORKERS ?? 2),
  outputDir: path.join(output, 'test-results'),
  // Conformance runs only: refuse production writes, probe the target, sweep leftovers; delete what the run made.
  ...(runsConformance
    ? { globalSetup: './lib/safety/global-setup.ts', globalTeardown: './lib/safety/global-teardown.ts' }
    : {}),
  // The certificate reporter comes last: its verdict decides the exit status (reports/src/certificate-reporter.ts).
  // Conformance runs show one progress line (plain lines in CI) instead of a line per test.
  reporter: [
    // First: a failed test keeps its worker, and every later reporter sees it failed (lib/reporting/kept-worker.ts).
    ['./reports/src/kept-worker-reporter.ts'],
    runsConformance ? ['./reports/src/progress-reporter.ts'] : ['list'],
    ['junit', { outputFile: path.join(output, 'reports/junit.xml') }],
    ['html', { open: 'never', outputFolder: path.join(output, 'playwright-report') }],
    ['./reports/src/allure-reporter.ts', { resultsDir: path.join(output, 'allure-results') }],
    ['./reports/src/certificate-reporter.ts'],
  ],
  projects: [
    {
      name: 'self-tests',
      testDir: '.',
      testMatch: ['{lib,emulator,generators,reports,targets,expectations,test,bench}/**/*.test.ts'],
    },
    {
      name: 'conformance',
      testDir: 'specs',
      testMatch: '**/*.spec.ts',
    },
  ],
  webServer:
    externalTarget || !runsConformance
      ? undefined
      : {
          // Node with tsx's loader, not npx: npm's own start-up was a third of the emulator's.
          command: `node --import tsx emulator/main.ts --profile ${EMULATOR_PROFILE} --port ${emulatorPort}`,
          url: `http://127.0.0.1:${emulatorPort}/health`,
          reuseExistingServer: !process.env.CI,
          stdout: 'ignore',
          stderr: 'pipe',
          timeout: 60_000,
        },
});
