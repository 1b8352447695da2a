import { defineConfig } from '@playwright/test';

// The config is evaluated first in the runner process, then again in every worker: values that must
// be the same everywhere (seed, run id) are decided once here and handed down through the environment.
process.env.CONFORMANCE_SEED ??= String(Math.floor(Math.random() * 2 ** 31));
process.env.CONFORMANCE_RUN_ID ??= `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;

const EMULATOR_PROFILE = 'targets/emulator.json';
const externalTarget = process.env.CONFORMANCE_TARGET !== undefined || process.env.CONFORMANCE_BASE_URL !== undefined;
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 3917);

export default defineConfig({
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  projects: [
    {
      name: 'self-tests',
      testDir: '.',
      testMatch: ['{lib,emulator,generators,reports,targets,test}/**/*.test.ts'],
    },
    {
      name: 'conformance',
      testDir: 'specs',
      testMatch: '**/*.spec.ts',
    },
  ],
  webServer: externalTarget
    ? undefined
    : {
        command: `npx tsx emulator/main.ts --profile ${EMULATOR_PROFILE} --port ${emulatorPort}`,
        url: `http://127.0.0.1:${emulatorPort}/health`,
        reuseExistingServer: !process.env.CI,
        stdout: 'ignore',
        stderr: 'pipe',
        timeout: 15_000,
      },
});
