import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request as upstreamRequest } from 'undici';

export const FAULT_MODES = ['hang', 'reset', '500', 'truncate', 'garbage', 'wrong-content-type', 'huge'] as const;
export type FaultMode = 'pass' | (typeof FAULT_MODES)[number];

export interface FaultProxy {
  url: string;
  /** Requests seen so far. */
  readonly count: number;
  close(): Promise<void>;
}

/** The body of a `huge` answer: far over any sane cap, streamed without a length. */
export const HUGE_BYTES = 64 * 1024 * 1024;

/**
 * A loopback proxy in front of a target that breaks answers on purpose. `modeFor(n)` picks the
 * behaviour of the n-th request (0-based): pass it through, or one of the faults.
 */
export async function startFaultProxy(upstream: string, modeFor: (index: number) => FaultMode): Promise<FaultProxy> {
  let count = 0;
  const server = createServer(async (request, response) => {
    const mode = modeFor(count++);
    const body = await readBody(request);
    if (mode === 'hang') return; // never answers; closed with the server
    if (mode === 'reset') return request.socket.resetAndDestroy();
    if (mode === '500')
      return void response
        .writeHead(500, { 'content-type': 'text/html' })
        .end('<html><body>Internal Server Error</body></html>');
    if (mode === 'garbage')
      return void response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(Buffer.from([0x7b, 0x22, 0xff, 0x00, 0x13, 0x37, 0x5d, 0x3c, 0x3f]));
    if (mode === 'wrong-content-type')
      return void response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!DOCTYPE html><html><body>Service temporarily unavailable</body></html>');
    if (mode === 'huge') return streamHuge(response);
    const answer = await upstreamRequest(`${upstream}${request.url}`, {
      method: request.method as 'GET' | 'POST',
      headers: { 'content-type': request.headers['content-type'] ?? 'text/plain' },
      body: body.length > 0 ? body : null,
    });
    const bytes = Buffer.from(await answer.body.arrayBuffer());
    const type = String(answer.headers['content-type'] ?? 'application/json');
    if (mode === 'truncate') {
      response.writeHead(answer.statusCode, { 'content-type': type, 'content-length': String(bytes.length) });
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      return void setTimeout(() => request.socket.destroy(), 20);
    }
    response.writeHead(answer.statusCode, { 'content-type': type, 'content-length': String(bytes.length) }).end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get count() {
      return count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function streamHuge(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  const more = () => {
    while (sent < HUGE_BYTES && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', more);
    }
    if (!response.destroyed) response.end('[]');
  };
  response.on('close', () => void (sent = HUGE_BYTES));
  more();
}
