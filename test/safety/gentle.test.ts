import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { createClient } from '../../lib/client/client.ts';
import type { Request } from '../../lib/client/exchange.ts';

let server: Server;
let baseUrl: string;
const arrivals: number[] = [];
// Scripted answers per path: the first entries are used up in order, then 200.
const script = new Map<string, Array<{ status: number; headers?: Record<string, string> }>>();

test.beforeAll(async () => {
  server = createServer((request, response) => {
    arrivals.push(performance.now());
    const next = script.get(request.url!.split('?')[0]!)?.shift();
    response
      .writeHead(next?.status ?? 200, { 'content-type': 'application/json', ...next?.headers })
      .end(next ? '{"message":"slow down"}' : '[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const retrieve: Request = {
  endpoint: 'reseller.manage',
  format: 'json',
  verb: 'GET',
  params: [
    ['api_user', 'u'],
    ['api_key', 'k'],
    ['task', 'get'],
    ['method', 'profile'],
  ],
};
const create: Request = {
  endpoint: 'reseller.add',
  format: 'json',
  verb: 'GET',
  params: [
    ['api_user', 'u'],
    ['api_key', 'k'],
    ['username', 'a@example.com'],
  ],
};

test('two workers sharing a budget of 10 requests per second stay within it', async () => {
  const budget = 10;
  const workers = [0, 1].map(() =>
    createClient({ baseUrl, timeoutMs: 5_000, connections: 4, requestsPerSecond: budget / 2 }),
  );
  arrivals.length = 0;
  await Promise.all(workers.map((client) => Promise.all(Array.from({ length: 16 }, () => client.send(retrieve)))));
  await Promise.all(workers.map((client) => client.close()));
  // The first call of each worker is its burst; the rate is measured over the rest.
  const seconds = (arrivals.at(-1)! - arrivals[0]!) / 1000;
  const rate = (arrivals.length - 2) / seconds;
  console.log(
    `budget ${budget}/s over 2 workers: ` +
      `${arrivals.length} requests in ${seconds.toFixed(2)} s = ${rate.toFixed(2)} requests/s`,
  );
  expect(arrivals.length).toBe(32);
  expect(rate).toBeLessThanOrEqual(budget * 1.05);
  expect(rate).toBeGreaterThan(budget * 0.8);
});

test('a 429 is retried after the wait it asks for (Retry-After, X-RateLimit-Reset), each retry recorded', async () => {
  script.set('/apiv2/reseller.add.json', [
    { status: 429, headers: { 'retry-after': '0.3' } },
    { status: 429, headers: { 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000)) } },
  ]);
  const client = createClient({ baseUrl, timeoutMs: 5_000, connections: 1 });
  const started = performance.now();
  const exchange = await client.send(create);
  await client.close();
  expect(exchange.status).toBe(200);
  expect(exchange.retries).toEqual([
    { status: 429, waitedMs: 300, reason: '429, the target asked to wait 300 ms' },
    expect.objectContaining({ status: 429, reason: expect.stringMatching(/^429, the target asked to wait \d+ ms$/) }),
  ]);
  expect(performance.now() - started).toBeGreaterThanOrEqual(300);
});

const BOUNDED_RETRIES_TITLE =
  'retries are bounded: a target that keeps answering 429 gets its 429 back after max429Retries retries';
test(BOUNDED_RETRIES_TITLE, async () => {
  script.set(
    '/apiv2/reseller.add.json',
    Array.from({ length: 5 }, () => ({ status: 429, headers: { 'retry-after': '0' } })),
  );
  const client = createClient({ baseUrl, timeoutMs: 5_000, connections: 1, max429Retries: 3 });
  const exchange = await client.send(create);
  await client.close();
  expect(exchange.status).toBe(429);
  expect(exchange.retries).toHaveLength(3);
  script.delete('/apiv2/reseller.add.json');
});

test('a 5xx is retried for retrieve only; a create that met a 5xx is never sent twice', async () => {
  script.set('/apiv2/reseller.manage.json', [{ status: 503 }]);
  script.set('/apiv2/reseller.add.json', [{ status: 503 }]);
  const client = createClient({ baseUrl, timeoutMs: 5_000, connections: 1 });
  const read = await client.send(retrieve);
  const write = await client.send(create);
  await client.close();
  expect(read.status).toBe(200);
  expect(read.retries).toEqual([{ status: 503, waitedMs: 250, reason: 'HTTP 503 on a read, retried' }]);
  expect(write.status).toBe(503);
  expect(write.retries).toBeUndefined();
});
