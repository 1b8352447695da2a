import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadProfile } from '../lib/target/load-profile.ts';
import { requestHandler } from '../emulator/http/request-handler.ts';
import { buildEmulator, DEFAULT_PROFILE_PATH } from '../emulator/server.ts';
import type { RecordedRequest } from './recorded-request.ts';

export interface RecordingEmulator {
  url: string;
  /** Requests since the last reset (health checks excluded), their bodies, and the server time of each. */
  readonly requests: RecordedRequest[];
  readonly serverMs: number[];
  reset(): void;
  /** Off: requests are answered with nothing recorded (for load runs, so the recorder costs nothing). */
  setRecording(on: boolean): void;
  close(): Promise<void>;
}

/**
 * The reference emulator, in this process, behind a recorder: what arrived and how long the answer took (arrival to
 * last byte handed to the socket).
 */
export async function startRecordingEmulator(): Promise<RecordingEmulator> {
  const handle = requestHandler(buildEmulator(loadProfile(DEFAULT_PROFILE_PATH)));
  let requests: RecordedRequest[] = [];
  let serverMs: number[] = [];
  let recording = true;
  const server = createServer({ keepAlive: true }, (request, response) => {
    if (!recording || request.url === '/health') return handle(request, response);
    const started = performance.now();
    const recorded = record(request);
    requests.push(recorded);
    response.on('finish', () => serverMs.push(performance.now() - started));
    handle(request, response);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    get serverMs() {
      return serverMs;
    },
    reset() {
      requests = [];
      serverMs = [];
    },
    setRecording(on) {
      recording = on;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function record(request: IncomingMessage): RecordedRequest {
  const recorded: RecordedRequest = { method: request.method ?? 'GET', url: request.url ?? '/' };
  if (request.headers['content-type']) recorded.contentType = request.headers['content-type'];
  if (request.method === 'POST') {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => (recorded.body = Buffer.concat(chunks).toString('utf8')));
  }
  return recorded;
}
