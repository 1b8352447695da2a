import path from 'node:path';
import { expect, test } from '@playwright/test';
import globalSetup from '../../lib/safety/global-setup.ts';
import { newRunId } from '../../lib/safety/run-id.ts';
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts';
import { resultsOf, startChildRun } from './child-run.ts';

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ profilePath: path.resolve('targets/emulator.json'), port: 0 });
});
test.afterAll(() => emulator.close());

async function setupWith(env: NodeJS.ProcessEnv): Promise<void> {
  const saved = { ...process.env };
  Object.assign(process.env, { CONFORMANCE_RUN_ID: newRunId(), CONFORMANCE_SEED: '1' }, env);
  try {
    await globalSetup();
  } finally {
    process.env = saved;
  }
}

test('an unreachable target stops the run in setup with one message', async () => {
  await expect(setupWith({ CONFORMANCE_BASE_URL: 'http://127.0.0.1:9' })).rejects.toThrow(
    /cannot be reached: request failed: connection refused by 127\.0\.0\.1:9.*No test was run/,
  );
});

test('wrong credentials stop the run in setup with one message, without the key', async () => {
  const attempt = setupWith({ CONFORMANCE_BASE_URL: emulator.url, CONFORMANCE_API_KEY: 'wrong-key-marker' });
  await expect(attempt).rejects.toThrow(/refused the credentials of reseller-one \(retrieve answered auth-error/);
  await expect(attempt).rejects.not.toThrow(/wrong-key-marker/);
});

test('a run against an unreachable target exits non-zero within seconds, before any test', async () => {
  test.setTimeout(60_000);
  const started = Date.now();
  const run = await startChildRun('http://127.0.0.1:9').done;
  const seconds = (Date.now() - started) / 1000;
  console.log(`unreachable target: child run ended after ${seconds.toFixed(1)} s with exit code ${run.code}`);
  expect(run.code).not.toBe(0);
  expect(`${run.stdout}\n${run.stderr}`).toContain('cannot be reached: request failed: connection refused');
  expect(resultsOf(run.report).filter((result) => result.status !== 'skipped')).toEqual([]);
  expect(seconds).toBeLessThan(30);
});
