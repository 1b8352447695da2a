import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/**
 * The answer body gzip-compressed when the request's Accept-Encoding allows gzip (the real service
 * compressed whenever asked), with Content-Encoding set on the response; else the body unchanged.
 * Every answer says it varies by Accept-Encoding.
 */
export function compressed<T extends { body: string | Buffer }>(response: ServerResponse, written: T): T {
  response.setHeader('vary', 'Accept-Encoding');
  const accepted = response.req?.headers['accept-encoding'];
  if (!acceptsGzip(accepted)) return written;
  response.setHeader('content-encoding', 'gzip');
  return { ...written, body: gzipSync(written.body) };
}

/** `gzip`, `x-gzip` or `*` with a non-zero quality (RFC 9110 12.5.3); an explicit `gzip;q=0` refuses it. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  const qualities = new Map<string, number>();
  for (const entry of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (coding !== '') qualities.set(coding, Number.isFinite(quality) ? quality : 0);
  }
  const named = qualities.get('gzip') ?? qualities.get('x-gzip');
  return named !== undefined ? named > 0 : (qualities.get('*') ?? 0) > 0;
}
