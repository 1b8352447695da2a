import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createClient, type ClientOptions } from '../../lib/client/client.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import { judgeAnswer } from '../../lib/envelopes/judge.ts';
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts';
import { startFaultProxy, type FaultMode } from './fault-proxy.ts';

const PROFILE = path.resolve('targets/emulator.json');
const DIAGNOSIS: Record<Exclude<FaultMode, 'pass'>, RegExp> = {
  hang: /timed out after 800 ms waiting for an answer/,
  reset: /connection reset by the target before an answer/,
  '500': /HTTP 500: a 5xx status is never a valid answer/,
  truncate: /truncated body: the connection closed after \d+ of \d+ bytes/,
  garbage: /the JSON body is not valid UTF-8|the body is not JSON/,
  'wrong-content-type': /content type text\/html, expected JSON/,
  huge: /body over 1048576 bytes; reading stopped/,
};

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ profilePath: PROFILE, port: 0 });
});
test.afterAll(() => emulator.close());

/** One JSON retrieve through a proxy that answers in `mode`: the exchange the client recorded. */
async function retrieveThrough(mode: FaultMode, options: Omit<ClientOptions, 'baseUrl' | 'connections'>) {
  const proxy = await startFaultProxy(emulator.url, () => mode);
  const client = createClient({ baseUrl: proxy.url, connections: 1, ...options });
  try {
    return await client.send({
      endpoint: loadOperation('retrieve').endpoint,
      format: 'json',
      verb: 'GET',
      params: [
        ['api_user', 'reseller-one'],
        ['api_key', 'emulator-key-one'],
        ['task', 'get'],
        ['method', 'profile'],
      ],
    });
  } finally {
    await client.close();
    await proxy.close();
  }
}

for (const [mode, diagnosis] of Object.entries(DIAGNOSIS) as Array<[Exclude<FaultMode, 'pass'>, RegExp]>) {
  test(`a target that answers "${mode}" is diagnosed as such by the client and the judge`, async () => {
    const exchange = await retrieveThrough(mode, { timeoutMs: 800, maxBodyBytes: 1024 * 1024, maxRetries: 0 });
    const judgement = judgeAnswer(exchange, 'json', ['customer-list']);
    expect(judgement.kind).toBeUndefined();
    expect(judgement.problems.join('\n')).toMatch(diagnosis);
  });
}

test('the same answers without the fault pass the judge (the proxy itself breaks nothing)', async () => {
  const exchange = await retrieveThrough('pass', { timeoutMs: 2_000 });
  expect(exchange.error).toBeUndefined();
  expect(judgeAnswer(exchange, 'json', ['customer-list']).kind).toBe('customer-list');
});
