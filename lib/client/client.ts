import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { Pool } from 'undici';
import { foreignContent } from './content-type-check.ts';
import { curlCommand } from './curl.ts';
import { encodePairs } from './encode.ts';
import type { Exchange, Request, Retry } from './exchange.ts';
import { isRead } from './read-request.ts';
import { keysOf, redactedQuery, scrubBytes, scrubSecrets } from './redact.ts';
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
  /**
   * Retries of a 5xx (reads only); default 3. A 429 is waited out as often as it comes, each wait at most
   * `maxRetryWaitMs`, for at most `max429Retries` (default 30).
   */
  maxRetries?: number;
  max429Retries?: number;
  /** Secrets beyond the call's own api_key that must never be recorded (every key of the target profile). */
  secrets?: string[];
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
  const {
    baseUrl,
    timeoutMs,
    connections,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    maxRetries = 3,
    max429Retries = 30,
    maxRetryWaitMs = 30_000,
  } = options;
  const secretsOf = (params: ReadonlyArray<readonly [string, string]>) => [
    ...new Set([...keysOf(params), ...(options.secrets ?? [])]),
  ];
  const origin = new URL(baseUrl);
  const basePath = origin.pathname.replace(/\/+$/, '');
  const pool = new Pool(origin.origin, { connections, pipelining: 1, keepAliveTimeout: 10_000 });
  const bucket = options.requestsPerSecond !== undefined ? new TokenBucket(options.requestsPerSecond) : undefined;

  async function attempt({ format, verb, params }: Request, path: string, encoded: string): Promise<Attempt> {
    await bucket?.take();
    const started = performance.now();
    // A timer cleared when the exchange ends: AbortSignal.timeout's would fire for every request, long after it.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const { signal } = controller;
    let phase: 'connecting' | 'reading the body' = 'connecting';
    let received = 0;
    let expected: number | undefined;
    const failed = (reason: string, status = 0, headers: Record<string, string> = {}): Attempt => ({
      status,
      headers,
      body: new Uint8Array(),
      durationMs: performance.now() - started,
      error: scrubSecrets(`request failed: ${reason}`, secretsOf(params)),
    });
    try {
      const response = await pool.request({
        path: verb === 'GET' && encoded ? `${path}?${encoded}` : path,
        method: verb,
        signal,
        // Like the published clients, the suite lets the target compress (the real service answered gzip when allowed).
        headers: {
          'accept-encoding': 'gzip, deflate',
          ...(verb === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        ...(verb === 'POST' ? { body: encoded } : {}),
      });
      const headers = flattenHeaders(response.headers, secretsOf(params));
      phase = 'reading the body';
      const length = Number(headers['content-length']);
      expected = Number.isFinite(length) && headers['content-length'] !== undefined ? length : undefined;
      if (expected !== undefined && expected > maxBodyBytes) {
        response.body.destroy();
        return failed(
          `body over ${maxBodyBytes} bytes (content-length ${expected}); not read`,
          response.statusCode,
          headers,
        );
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
      const decoded = decodeContent(Buffer.concat(chunks), headers['content-encoding']);
      if (typeof decoded === 'string') return failed(decoded, response.statusCode, headers);
      // Scrubbed at the source: a target that echoes a key never gets it into any record, file or message.
      const body = scrubBytes(new Uint8Array(decoded), secretsOf(params));
      // A 5xx is judged as such (api.status.no-5xx), whatever page came with it.
      const foreign = response.statusCode < 500 ? foreignContent(format, headers['content-type'], body) : undefined;
      return {
        status: response.statusCode,
        headers,
        body,
        durationMs: performance.now() - started,
        ...(foreign ? { error: scrubSecrets(`unusable answer: ${foreign}`, secretsOf(params)) } : {}),
      };
    } catch (error) {
      return failed(diagnose(error, signal.aborted, phase, received, expected));
    } finally {
      clearTimeout(timer);
    }
  }

  function diagnose(
    error: unknown,
    timedOut: boolean,
    phase: string,
    received: number,
    expected: number | undefined,
  ): string {
    if (timedOut) {
      const waiting = phase === 'connecting' ? 'waiting for an answer' : `reading the body (${received} bytes so far)`;
      return `timed out after ${timeoutMs} ms ${waiting}`;
    }
    const code =
      (error as { code?: string; cause?: { code?: string } }).code ??
      (error as { cause?: { code?: string } }).cause?.code;
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (phase === 'reading the body') {
      const total = expected !== undefined ? ` of ${expected}` : '';
      return `truncated body: the connection closed after ${received}${total} bytes (${message})`;
    }
    if (code === 'ECONNREFUSED') return `connection refused by ${origin.host} (is the target running?)`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host ${origin.hostname} not found (${code})`;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
      return `connection reset by the target before an answer (${message})`;
    return message;
  }

  async function send(request: Request): Promise<Exchange> {
    const { endpoint, format, verb, params } = request;
    const path = `${basePath}/apiv2/${endpoint}.${format}`;
    const encoded = encodePairs(params);
    const redacted = redactedQuery(params);
    const recordedUrl = `${origin.origin}${path}${verb === 'GET' && redacted ? `?${redacted}` : ''}`;
    const recordedBody = verb === 'POST' ? redacted : undefined;
    const base = {
      request: { verb, url: recordedUrl, ...(recordedBody !== undefined ? { body: recordedBody } : {}) },
      curl: curlCommand(verb, `${origin.origin}${path}`, params),
    };
    options.onSend?.(request);
    const retries: Retry[] = [];
    const read = isRead(request);
    for (;;) {
      const answer = await attempt(request, path, encoded);
      const wait = retryWait(answer, read, retries);
      if (wait === undefined) return { ...base, ...answer, ...(retries.length > 0 ? { retries } : {}) };
      retries.push({ status: answer.status, waitedMs: Math.round(wait.ms), reason: wait.reason });
      await new Promise((resolve) => setTimeout(resolve, wait.ms));
    }
  }

  // A 429 was not processed, so any call may be sent again; a 5xx only for a read, which changes nothing.
  function retryWait(answer: Attempt, read: boolean, retries: Retry[]): { ms: number; reason: string } | undefined {
    const limited = retries.filter((retry) => retry.status === 429).length;
    const done = retries.length - limited;
    if (answer.status === 429) {
      if (limited >= max429Retries) return undefined;
      const asked = retryAfterMs(answer.headers);
      const ms = asked ?? Math.min(1000 * 2 ** limited, maxRetryWaitMs);
      if (ms > maxRetryWaitMs) return undefined;
      return {
        ms,
        reason:
          asked !== undefined
            ? `429, the target asked to wait ${Math.round(asked)} ms`
            : '429 without Retry-After, backing off',
      };
    }
    if (answer.status >= 500 && read && done < Math.min(2, maxRetries))
      return { ms: 250 * 2 ** done, reason: `HTTP ${answer.status} on a read, retried` };
    return undefined;
  }

  return { baseUrl, send, close: () => pool.close() };
}

function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
  secrets: string[],
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = scrubSecrets(Array.isArray(value) ? value.join(', ') : value, secrets);
  }
  return flat;
}

/** The body as sent before any Content-Encoding; a diagnosis in words when it cannot be decoded. */
function decodeContent(body: Buffer, encoding: string | undefined): Buffer | string {
  const codings = (encoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  try {
    return codings.reduceRight((data, coding) => {
      if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(data);
      // "deflate" is zlib-wrapped by the standard; some servers send it raw.
      if (coding === 'deflate') return data[0] === 0x78 ? inflateSync(data) : inflateRawSync(data);
      if (coding === 'br') return brotliDecompressSync(data);
      throw new Error(`unknown content coding "${coding}"`);
    }, body);
  } catch (error) {
    return `the body could not be decoded from Content-Encoding ${encoding} (${(error as Error).message})`;
  }
}
