import { Pool } from 'undici';
import { foreignContent } from './content-type-check.ts';
import { curlCommand } from './curl.ts';
import { encodePairs } from './encode.ts';
import type { Exchange, Request, Retry } from './exchange.ts';
import { isRead } from './read-request.ts';
import { redactedQuery, scrubKeys } from './redact.ts';
import { retryAfterMs } from './retry-after.ts';
import { TokenBucket } from './token-bucket.ts';

export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface ClientOptions {
  baseUrl: string;
  /** Per-request limit for the whole exchange (headers and body). */
  timeoutMs: number;
  /** Keep-alive connections of the pool. */
  connections: number;
  /** Answers larger than this are cut off and reported (default 4 MiB). */
  maxBodyBytes?: number;
  /** This client's share of the run's request budget; unlimited when absent. */
  requestsPerSecond?: number;
  /** Retries of a 429 (any call) or a 5xx (reads only); default 3. */
  maxRetries?: number;
  /** Longest wait the client accepts before a retry (a longer Retry-After ends the retries); default 30 s. */
  maxRetryWaitMs?: number;
  /** Called synchronously just before a request is first sent (the cleanup ledger listens here). */
  onSend?: (request: Request) => void;
}

export interface TargetClient {
  readonly baseUrl: string;
  send(request: Request): Promise<Exchange>;
  close(): Promise<void>;
}

type Attempt = Omit<Exchange, 'request' | 'curl' | 'retries'>;

/** The one way to reach a target: an undici keep-alive pool; every exchange recorded with the api_key redacted. */
export function createClient(options: ClientOptions): TargetClient {
  const { baseUrl, timeoutMs, connections, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, maxRetries = 3, maxRetryWaitMs = 30_000 } = options;
  const origin = new URL(baseUrl);
  const basePath = origin.pathname.replace(/\/+$/, '');
  const pool = new Pool(origin.origin, { connections, pipelining: 1, keepAliveTimeout: 10_000 });
  const bucket = options.requestsPerSecond !== undefined ? new TokenBucket(options.requestsPerSecond) : undefined;

  async function attempt({ format, verb, params }: Request, path: string, encoded: string): Promise<Attempt> {
    await bucket?.take();
    const started = performance.now();
    const signal = AbortSignal.timeout(timeoutMs);
    let phase: 'connecting' | 'reading the body' = 'connecting';
    let received = 0;
    let expected: number | undefined;
    const failed = (reason: string, status = 0, headers: Record<string, string> = {}): Attempt => ({
      status,
      headers,
      body: new Uint8Array(),
      durationMs: performance.now() - started,
      error: scrubKeys(`request failed: ${reason}`, params),
    });
    try {
      const response = await pool.request({
        path: verb === 'GET' && encoded ? `${path}?${encoded}` : path,
        method: verb,
        signal,
        ...(verb === 'POST' ? { body: encoded, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
      });
      const headers = flattenHeaders(response.headers, params);
      phase = 'reading the body';
      const length = Number(headers['content-length']);
      expected = Number.isFinite(length) && headers['content-length'] !== undefined ? length : undefined;
      if (expected !== undefined && expected > maxBodyBytes) {
        response.body.destroy();
        return failed(`body over ${maxBodyBytes} bytes (content-length ${expected}); not read`, response.statusCode, headers);
      }
      const chunks: Buffer[] = [];
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        received += chunk.length;
        if (received > maxBodyBytes) {
          response.body.destroy();
          return failed(`body over ${maxBodyBytes} bytes; reading stopped`, response.statusCode, headers);
        }
        chunks.push(chunk);
      }
      const body = scrubBody(new Uint8Array(Buffer.concat(chunks)), params);
      // A 5xx is judged as such (api.status.no-5xx), whatever page came with it.
      const foreign = response.statusCode < 500 ? foreignContent(format, headers['content-type'], body) : undefined;
      return { status: response.statusCode, headers, body, durationMs: performance.now() - started, ...(foreign ? { error: scrubKeys(`unusable answer: ${foreign}`, params) } : {}) };
    } catch (error) {
      return failed(diagnose(error, signal.aborted, phase, received, expected));
    }
  }

  function diagnose(error: unknown, timedOut: boolean, phase: string, received: number, expected: number | undefined): string {
    if (timedOut) return `timed out after ${timeoutMs} ms ${phase === 'connecting' ? 'waiting for an answer' : `reading the body (${received} bytes so far)`}`;
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (phase === 'reading the body') return `truncated body: the connection closed after ${received}${expected !== undefined ? ` of ${expected}` : ''} bytes (${message})`;
    if (code === 'ECONNREFUSED') return `connection refused by ${origin.host} (is the target running?)`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host ${origin.hostname} not found (${code})`;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return `connection reset by the target before an answer (${message})`;
    return message;
  }

  async function send(request: Request): Promise<Exchange> {
    const { endpoint, format, verb, params } = request;
    const path = `${basePath}/apiv2/${endpoint}.${format}`;
    const encoded = encodePairs(params);
    const redacted = redactedQuery(params);
    const recordedUrl = `${origin.origin}${path}${verb === 'GET' && redacted ? `?${redacted}` : ''}`;
    const recordedBody = verb === 'POST' ? redacted : undefined;
    const base = { request: { verb, url: recordedUrl, ...(recordedBody !== undefined ? { body: recordedBody } : {}) }, curl: curlCommand(verb, `${origin.origin}${path}`, params) };
    options.onSend?.(request);
    const retries: Retry[] = [];
    const read = isRead(request);
    for (;;) {
      const answer = await attempt(request, path, encoded);
      const wait = retries.length < maxRetries ? retryWait(answer, read, retries.length) : undefined;
      if (wait === undefined) return { ...base, ...answer, ...(retries.length > 0 ? { retries } : {}) };
      retries.push({ status: answer.status, waitedMs: Math.round(wait.ms), reason: wait.reason });
      await new Promise((resolve) => setTimeout(resolve, wait.ms));
    }
  }

  // A 429 was not processed, so any call may be sent again; a 5xx only for a read, which changes nothing.
  function retryWait(answer: Attempt, read: boolean, done: number): { ms: number; reason: string } | undefined {
    if (answer.status === 429) {
      const asked = retryAfterMs(answer.headers);
      const ms = asked ?? 1000 * 2 ** done;
      if (ms > maxRetryWaitMs) return undefined;
      return { ms, reason: asked !== undefined ? `429, the target asked to wait ${Math.round(asked)} ms` : '429 without Retry-After, backing off' };
    }
    if (answer.status >= 500 && read && done < 2) return { ms: 250 * 2 ** done, reason: `HTTP ${answer.status} on a read, retried` };
    return undefined;
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
