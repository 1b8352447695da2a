import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { createClient } from './client.ts';
import type { Exchange } from './exchange.ts';

const KEY = 'secret-Key/with+signs&=';
const received: Array<{ method: string; url: string; body: string; type: string | undefined }> = [];
let server: Server;
let baseUrl: string;

// Echoes the request back, key included, in the body and a header: the recorded exchange must not carry it.
test.beforeAll(async () => {
  server = createServer(async (request: IncomingMessage, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    received.push({ method: request.method!, url: request.url!, body, type: request.headers['content-type'] });
    if (request.url!.startsWith('/apiv2/slow')) return; // never answers
    const echoed = decodeURIComponent(`${request.url} ${body}`);
    response.setHeader('x-echo', encodeURIComponent(echoed));
    response.end(JSON.stringify({ echoed }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const params: Array<[string, string]> = [
  ['api_user', 'reseller'],
  ['api_key', KEY],
  ['ip[]', '198.51.100.10'],
  ['ip[]', '198.51.100.11'],
  ['name', 'Zoë & 中 😀'],
];
const recorded = (exchange: Exchange) =>
  JSON.stringify({ ...exchange, body: Buffer.from(exchange.body).toString('utf8') });

test('GET sends ordered pairs in the query string, repeated keys kept', async () => {
  const client = createClient({ baseUrl, timeoutMs: 2_000, connections: 2 });
  const exchange = await client.send({ endpoint: 'reseller.add', format: 'json', verb: 'GET', params });
  await client.close();
  const request = received.at(-1)!;
  expect(request.method).toBe('GET');
  expect(request.url.split('?')[0]).toBe('/apiv2/reseller.add.json');
  expect([...new URLSearchParams(request.url.split('?')[1])]).toEqual(params);
  expect(exchange.status).toBe(200);
});

test('POST sends the same pairs form-encoded in the body', async () => {
  const client = createClient({ baseUrl, timeoutMs: 2_000, connections: 2 });
  await client.send({ endpoint: 'reseller.manage', format: 'xml', verb: 'POST', params });
  await client.close();
  const request = received.at(-1)!;
  expect(request).toMatchObject({
    method: 'POST',
    url: '/apiv2/reseller.manage.xml',
    type: 'application/x-www-form-urlencoded',
  });
  expect([...new URLSearchParams(request.body)]).toEqual(params);
});

test('the key never appears in a recorded exchange or its curl, even when the target echoes it', async () => {
  const client = createClient({ baseUrl, timeoutMs: 2_000, connections: 2 });
  for (const verb of ['GET', 'POST'] as const) {
    const exchange = await client.send({ endpoint: 'reseller.add', format: 'json', verb, params });
    const text = recorded(exchange);
    expect(Buffer.from(exchange.body).toString()).toContain('$API_KEY');
    for (const form of [KEY, encodeURIComponent(KEY)]) expect(text).not.toContain(form);
    expect(exchange.curl).toContain('api_key=$API_KEY');
    expect(exchange.curl.startsWith('curl ')).toBe(true);
  }
  await client.close();
});

test('the curl reproduction sends what the client sent, with the key from $API_KEY', async () => {
  const client = createClient({ baseUrl, timeoutMs: 2_000, connections: 2 });
  for (const verb of ['GET', 'POST'] as const) {
    const exchange = await client.send({ endpoint: 'reseller.add', format: 'json', verb, params });
    const sent = received.at(-1)!;
    // The server runs in this process: the replay must not block the event loop.
    await promisify(execFile)('sh', ['-c', exchange.curl], { env: { ...process.env, API_KEY: KEY } });
    const replayed = received.at(-1)!;
    expect(replayed).not.toBe(sent);
    expect([...new URLSearchParams(replayed.method === 'GET' ? replayed.url.split('?')[1] : replayed.body)]).toEqual(
      params,
    );
  }
  await client.close();
});

test('a timeout or a refused connection becomes an exchange error, not a throw', async () => {
  // The server holds /apiv2/slow* open.
  const held = createClient({ baseUrl: `${baseUrl}/apiv2/slow`, timeoutMs: 300, connections: 1 });
  const exchange = await held.send({
    endpoint: 'reseller.add',
    format: 'json',
    verb: 'GET',
    params: [['api_key', KEY]],
  });
  await held.close();
  expect(exchange).toMatchObject({ status: 0, error: 'request failed: timed out after 300 ms waiting for an answer' });
  const refused = createClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 2_000, connections: 1 });
  const failed = await refused.send({
    endpoint: 'reseller.add',
    format: 'json',
    verb: 'GET',
    params: [['api_key', KEY]],
  });
  await refused.close();
  expect(failed.status).toBe(0);
  expect(failed.error).toMatch(/^request failed: /);
  expect(recorded(failed)).not.toContain(KEY);
});
