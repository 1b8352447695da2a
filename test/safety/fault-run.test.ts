import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startEmulator } from '../../emulator/server.ts';
import { resultsOf, startChildRun } from './child-run.ts';
import { FAULT_MODES, startFaultProxy } from './fault-proxy.ts';

const UNREADABLE_BODY = new RegExp(
  [
    'the JSON body is not valid UTF-8',
    'the body is not JSON',
    'the XML answer is not well formed',
    'the XML answer does not start with the declaration',
  ].join('|'),
);
// What a failing test must say for each fault, in the words of the client and the judge.
const DIAGNOSES = [
  /timed out after 1500 ms/,
  /connection reset by the target/,
  /HTTP 500\b/,
  /truncated body/,
  UNREADABLE_BODY,
  /content type [\w/.+-]+, expected (JSON|XML)/,
  /body over \d+ bytes/,
];

test('a run through a misbehaving target completes, and its failures say what the target did', async () => {
  test.setTimeout(240_000);
  const emulator = await startEmulator({ profilePath: path.resolve('targets/emulator.json'), port: 0 });
  // The setup probe passes; after it every request meets the next fault in turn.
  const proxy = await startFaultProxy(emulator.url, (index) =>
    index === 0 ? 'pass' : FAULT_MODES[(index - 1) % FAULT_MODES.length]!,
  );
  try {
    const run = await startChildRun(proxy.url, {
      grep: 'create: the customer is listed|duplicate username|create JSON › create.username',
      env: { CONFORMANCE_REQUEST_TIMEOUT_MS: '1500' },
      workers: 1,
    }).done;
    const results = resultsOf(run.report);
    const failed = results.filter((result) => result.status === 'failed');
    for (const result of failed)
      console.log(
        `${result.title}: ${DIAGNOSES.find((diagnosis) => diagnosis.test(result.error)) ?? result.error.slice(0, 300)}`,
      );
    console.log(
      `fault run: exit ${run.code}, ${results.length} tests, ${failed.length} failed, ` +
        `${proxy.count} requests through the proxy`,
    );
    expect(run.code).toBe(1);
    expect(failed.length).toBeGreaterThan(0);
    for (const result of failed)
      expect(
        DIAGNOSES.some((diagnosis) => diagnosis.test(result.error)),
        `${result.title}:\n${result.error}`,
      ).toBe(true);
    const seen = DIAGNOSES.filter((diagnosis) => failed.some((result) => diagnosis.test(result.error)));
    expect(seen.length).toBeGreaterThanOrEqual(3);
  } finally {
    await proxy.close();
    await emulator.close();
  }
});
