import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createClient } from '../../lib/client/client.ts';
import { listCustomers } from '../../lib/safety/customer-directory.ts';
import { newRunId } from '../../lib/safety/run-id.ts';
import { startEmulator } from '../../emulator/server.ts';
import { resultsOf, startChildRun } from './child-run.ts';

test('a non-destructive profile runs what leaves nothing behind and skips the rest with a reason', async () => {
  test.setTimeout(240_000);
  const emulator = await startEmulator({ profilePath: path.resolve('targets/emulator.json'), port: 0 });
  const profile = { ...JSON.parse(readFileSync('targets/emulator.json', 'utf8')), name: 'careful', destructive: false };
  delete profile.$schema;
  const profilePath = path.join(mkdtempSync(path.join(tmpdir(), 'careful-')), 'careful.json');
  writeFileSync(profilePath, JSON.stringify(profile));
  const runId = newRunId();
  try {
    const run = await startChildRun(emulator.url, {
      env: { CONFORMANCE_TARGET: profilePath, CONFORMANCE_RUN_ID: runId, CONFORMANCE_RUNS: '3' },
    }).done;
    const results = resultsOf(run.report);
    const count = (status: string) => results.filter((result) => result.status === status).length;
    console.log(
      `non-destructive run: ${count('passed')} passed, ${count('skipped')} skipped, ${count('failed')} failed`,
    );
    expect(count('failed')).toBe(0);
    expect(count('passed')).toBeGreaterThan(0);
    expect(count('skipped')).toBeGreaterThan(0);
    const client = createClient({ baseUrl: emulator.url, timeoutMs: 5_000, connections: 1 });
    const listing = await listCustomers(client, { apiUser: 'reseller-one', apiKey: 'emulator-key-one' });
    await client.close();
    expect('usernames' in listing && listing.usernames).toEqual([]);
    const skipReasons = JSON.stringify(run.report).match(/is not destructive: [^"]+/g) ?? [];
    expect(skipReasons.length).toBeGreaterThan(0);
  } finally {
    await emulator.close();
  }
});
