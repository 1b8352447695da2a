import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BareServer {
  url: string;
  /** The bytes every request gets from now on. */
  answerWith(body: Buffer, contentType: string): void;
  close(): Promise<void>;
}

/** The least a node:http server can do: drain the request, send fixed bytes. The yardstick for the emulator. */
export async function startBareServer(): Promise<BareServer> {
  let body: Buffer = Buffer.alloc(0);
  let contentType = 'text/plain';
  const server = createServer({ keepAlive: true }, (request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    response.end(body);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answerWith(nextBody, nextType) {
      body = nextBody;
      contentType = nextType;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
