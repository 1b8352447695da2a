import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createClient, type TargetClient } from '../../lib/client/client.ts';
import globalSetup from '../../lib/safety/global-setup.ts';
import { newRunId } from '../../lib/safety/run-id.ts';
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts';
import { startChildRun } from './child-run.ts';
import { createCustomer, usernamesOf } from './seed-customers.ts';

let emulator: RunningEmulator;
let client: TargetClient;

test.beforeAll(async () => {
  emulator = await startEmulator({ profilePath: path.resolve('targets/emulator.json'), port: 0 });
  client = createClient({ baseUrl: emulator.url, timeoutMs: 5_000, connections: 2 });
});
test.afterAll(async () => {
  await client.close();
  await emulator.close();
});

const usernames = () => usernamesOf(client);

async function nextStart(): Promise<void> {
  const saved = { ...process.env };
  Object.assign(process.env, {
    CONFORMANCE_BASE_URL: emulator.url,
    CONFORMANCE_RUN_ID: newRunId(),
    CONFORMANCE_SEED: '1',
  });
  try {
    await globalSetup();
  } finally {
    process.env = saved;
  }
}

/** Starts a child run, interrupts it with `signal` once it has made a few customers; what it left. */
async function interruptedRun(signal: NodeJS.Signals): Promise<{ prefix: string; left: string[] }> {
  const runId = newRunId();
  const prefix = `cf${runId}`;
  const run = startChildRun(emulator.url, { grep: 'transition', env: { CONFORMANCE_RUN_ID: runId } });
  await expect
    .poll(async () => (await usernames()).filter((name) => name.startsWith(prefix)).length, {
      timeout: 120_000,
      intervals: [200],
    })
    .toBeGreaterThanOrEqual(3);
  process.kill(-run.child.pid!, signal);
  await run.done;
  const left = (await usernames()).filter((name) => name.startsWith(prefix));
  console.log(`after ${signal}: ${left.length} customer(s) of run ${runId} left`);
  return { prefix, left };
}

// Customers that are not the suite's (one shares the prefix letters), and one of a run elsewhere still in progress.
const bystanders = ['cfo@example.com', 'keep.me@example.com', `cf${newRunId()}w0t1n1z@example.com`];

test('a killed run leaves customers behind; the next start sweeps them all and touches nothing else', async () => {
  test.setTimeout(180_000);
  for (const name of bystanders) await createCustomer(client, name);
  const { prefix, left } = await interruptedRun('SIGKILL');
  expect(left.length).toBeGreaterThan(0);
  await nextStart();
  const after = await usernames();
  expect(after.filter((name) => name.startsWith(prefix))).toEqual([]);
  expect(after).toEqual(expect.arrayContaining(bystanders));
});

test('a run interrupted with SIGINT cleans up on its way out, or the next start does', async () => {
  test.setTimeout(180_000);
  const { prefix } = await interruptedRun('SIGINT');
  await nextStart();
  expect((await usernames()).filter((name) => name.startsWith(prefix))).toEqual([]);
});
