import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { createClient } from '../../lib/client/client.ts';
import { FOREIGN_RUN_GRACE_MS } from '../../lib/safety/live-runs.ts';
import { newRunId } from '../../lib/safety/run-id.ts';
import { startEmulator } from '../../emulator/server.ts';
import { SUITE_ROOT } from './child-run.ts';
import { createCustomer, usernamesOf } from './seed-customers.ts';

test('npm run cleanup deletes leftovers of finished runs and nothing else', async () => {
  test.setTimeout(60_000);
  const emulator = await startEmulator({ profilePath: path.resolve('targets/emulator.json'), port: 0 });
  const client = createClient({ baseUrl: emulator.url, timeoutMs: 5_000, connections: 1 });
  try {
    const old = [
      `cf${newRunId(Date.now() - FOREIGN_RUN_GRACE_MS - 60_000)}w0t1n1z@example.com`,
      `cf${newRunId(Date.now() - 2 * FOREIGN_RUN_GRACE_MS)}a@example.com`,
    ];
    // Not the suite's (prefix letters only, another prefix), and a run elsewhere that may still be going.
    const kept = ['cfo@example.com', `xx${newRunId()}a@example.com`, `cf${newRunId()}w0t1n1z@example.com`];
    for (const name of [...old, ...kept]) await createCustomer(client, name);
    const env: NodeJS.ProcessEnv = { ...process.env, CONFORMANCE_BASE_URL: emulator.url };
    for (const name of ['CONFORMANCE_RUN_ID', 'CONFORMANCE_TARGET']) delete env[name];
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'lib/safety/cleanup-cli.ts'], { cwd: SUITE_ROOT, env });
    expect(stdout).toContain('2 deleted, 0 problem(s)');
    expect((await usernamesOf(client)).sort()).toEqual([...kept].sort());
  } finally {
    await client.close();
    await emulator.close();
  }
});
