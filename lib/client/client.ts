import { Pool } from 'undici';
import { curlCommand } from './curl.ts';
import { encodePairs } from './encode.ts';
import type { Exchange, Request } from './exchange.ts';
import { redactedQuery, scrubKeys } from './redact.ts';

export interface ClientOptions {
  baseUrl: string;
  /** Per-request limit for the whole exchange (headers and body). */
  timeoutMs: number;
  /** Keep-alive connections of the pool. */
  connections: number;
}

export interface TargetClient {
  readonly baseUrl: string;
  send(request: Request): Promise<Exchange>;
  close(): Promise<void>;
}

/** The one way to reach a target: an undici keep-alive pool; every exchange recorded with the api_key redacted. */
export function createClient({ baseUrl, timeoutMs, connections }: ClientOptions): TargetClient {
  const origin = new URL(baseUrl);
  const basePath = origin.pathname.replace(/\/+$/, '');
  const pool = new Pool(origin.origin, { connections, pipelining: 1, keepAliveTimeout: 10_000 });

  async function send({ endpoint, format, verb, params }: Request): Promise<Exchange> {
    const path = `${basePath}/apiv2/${endpoint}.${format}`;
    const encoded = encodePairs(params);
    const redacted = redactedQuery(params);
    const recordedUrl = `${origin.origin}${path}${verb === 'GET' && redacted ? `?${redacted}` : ''}`;
    const recordedBody = verb === 'POST' ? redacted : undefined;
    const base = { request: { verb, url: recordedUrl, ...(recordedBody !== undefined ? { body: recordedBody } : {}) }, curl: curlCommand(verb, `${origin.origin}${path}`, params) };
    const started = performance.now();
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await pool.request({
        path: verb === 'GET' && encoded ? `${path}?${encoded}` : path,
        method: verb,
        signal,
        ...(verb === 'POST' ? { body: encoded, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
      });
      const body = new Uint8Array(await response.body.arrayBuffer());
      return { ...base, status: response.statusCode, headers: flattenHeaders(response.headers, params), body: scrubBody(body, params), durationMs: performance.now() - started };
    } catch (error) {
      const reason = signal.aborted ? `no answer within ${timeoutMs} ms` : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { ...base, status: 0, headers: {}, body: new Uint8Array(), durationMs: performance.now() - started, error: scrubKeys(`request failed: ${reason}`, params) };
    }
  }

  return { baseUrl, send, close: () => pool.close() };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>, params: Array<[string, string]>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = scrubKeys(Array.isArray(value) ? value.join(', ') : value, params);
  }
  return flat;
}

// A target that echoes the key back must not smuggle it into reports: the recorded body is scrubbed.
function scrubBody(body: Uint8Array, params: Array<[string, string]>): Uint8Array {
  const key = params.find(([name]) => name === 'api_key')?.[1];
  if (!key || !Buffer.from(body).includes(key)) return body;
  return new Uint8Array(Buffer.from(scrubKeys(Buffer.from(body).toString('latin1'), params), 'latin1'));
}
