import type { IncomingMessage } from 'node:http';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

/** Reads a request body up to `limit` bytes; beyond that it stops keeping data and reports too-large. */
export function readBody(request: IncomingMessage, done: (result: BodyResult) => void, limit = BODY_LIMIT_BYTES): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const settle = (result: BodyResult) => {
    if (settled) return;
    settled = true;
    done(result);
  };
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) {
      request.off('data', onData);
      request.resume(); // discard the rest so the client can read the answer
      settle({ ok: false, reason: 'too-large' });
      return;
    }
    chunks.push(chunk);
  };
  request.on('data', onData);
  request.on('end', () => settle({ ok: true, bytes: Buffer.concat(chunks, size) }));
  request.on('error', () => settle({ ok: false, reason: 'aborted' }));
  request.on('aborted', () => settle({ ok: false, reason: 'aborted' }));
}
