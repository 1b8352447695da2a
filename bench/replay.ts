import { readFileSync } from 'node:fs';
import { Pool } from 'undici';
import type { RecordedRequest } from './recorded-request.ts';

// A separate process (the load must not share the server's event loop): sends recorded requests with a
// bare undici pool. Arguments: requests file, base URL, concurrency, duration in ms (0: each request once,
// in order). Prints one JSON line: requests sent, elapsed ms, requests/s, latency percentiles.

const [file, baseUrl, concurrencyText, durationText] = process.argv.slice(2);
const requests = JSON.parse(readFileSync(file!, 'utf8')) as RecordedRequest[];
const concurrency = Number(concurrencyText);
const durationMs = Number(durationText);
const pool = new Pool(baseUrl!, { connections: concurrency, pipelining: 1, keepAliveTimeout: 10_000 });

async function send(request: RecordedRequest): Promise<void> {
  const response = await pool.request({
    path: request.url,
    method: request.method as 'GET' | 'POST',
    ...(request.body !== undefined ? { body: request.body } : {}),
    ...(request.contentType ? { headers: { 'content-type': request.contentType } } : {}),
  });
  await response.body.arrayBuffer();
}

// Warm the connections so the measurement starts with the pool open, as the suite's workers do.
await Promise.all(Array.from({ length: concurrency }, () => send(requests[0]!)));

const latencies: number[] = [];
let next = 0;
const started = performance.now();
const deadline = started + durationMs;
async function lane(): Promise<void> {
  for (;;) {
    if (durationMs === 0 ? next >= requests.length : performance.now() >= deadline) return;
    const request = requests[next++ % requests.length]!;
    const sent = performance.now();
    await send(request);
    latencies.push(performance.now() - sent);
  }
}
await Promise.all(Array.from({ length: concurrency }, lane));
const elapsedMs = performance.now() - started;
await pool.close();
latencies.sort((a, b) => a - b);
const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0;
console.log(
  JSON.stringify({
    requests: latencies.length,
    elapsedMs,
    perSecond: latencies.length / (elapsedMs / 1000),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  }),
);
