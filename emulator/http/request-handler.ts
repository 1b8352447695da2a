import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Format, Verb } from '../../lib/contracts/types.ts';
import { httpError, NOT_FOUND, type Answer } from '../answers/answer.ts';
import type { Emulator } from '../emulator.ts';
import { compressed } from './compress.ts';
import { BODY_LIMIT_BYTES, readBody } from './read-body.ts';
import { RequestRefusal } from './request-refusal.ts';
import { parseRoute } from './route.ts';

const HEALTH = JSON.stringify({ status: 'ok' });
export const ADMIN_PREFIX = '/_emulator/';

export interface HandlerOptions {
  /** Serves `/_emulator/...` when the admin API is on; without it those paths are unknown (404). */
  admin?: (request: IncomingMessage, response: ServerResponse, path: string) => void;
  /** The request came on a connection over the cap: answered 429 and closed. */
  overCapacity?: (request: IncomingMessage) => boolean;
}

/**
 * HTTP in front of the emulator: routing, verbs, reading parameters (request-parameters.ts), and the transport-level
 * refusals.
 */
export function requestHandler(
  emulator: Emulator,
  options: HandlerOptions = {},
): (request: IncomingMessage, response: ServerResponse) => void {
  const send = (response: ServerResponse, answer: Answer, format: Format, closeAfter = false) => {
    if (response.headersSent) return;
    const { body, contentType } = compressed(response, emulator.write(answer, format));
    const { status, headers } = emulator.parts.frame(answer, format);
    response.writeHead(status, {
      'content-type': contentType,
      'content-length': Buffer.byteLength(body),
      ...headers,
      ...(answer.kind === 'http-error' && answer.status === 405 ? { allow: 'GET, POST' } : {}),
      ...(closeAfter ? { connection: 'close' } : {}),
    });
    response.end(body);
  };

  const answer = (
    response: ServerResponse,
    format: Format,
    verb: Verb,
    route: NonNullable<ReturnType<typeof parseRoute>>,
    read: () => Array<[string, string]>,
  ) => {
    let params: Array<[string, string]>;
    try {
      params = read();
    } catch (error) {
      if (error instanceof RequestRefusal) return send(response, httpError(error.status, error.message), format);
      throw error;
    }
    const answered = emulator.handle(route, verb, params);
    if (answered instanceof Promise)
      answered.then(
        (ready) => send(response, ready, format),
        (error: unknown) => failed(response, error),
      );
    else send(response, answered, format);
  };

  return (request, response) => {
    try {
      const url = request.url ?? '/';
      const mark = url.indexOf('?');
      const path = mark === -1 ? url : url.slice(0, mark);
      const query = mark === -1 ? '' : url.slice(mark + 1);
      if (path === '/health' && request.method === 'GET') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': HEALTH.length });
        response.end(HEALTH);
        return;
      }
      if (options.admin && path.startsWith(ADMIN_PREFIX)) return options.admin(request, response, path);
      const route = parseRoute(path, emulator.table.endpoints);
      if (!route) {
        request.resume();
        return send(response, NOT_FOUND, 'json');
      }
      const { format } = route;
      if (options.overCapacity?.(request)) {
        request.resume();
        response.setHeader('retry-after', '1');
        return send(
          response,
          httpError(
            429,
            'Too many connections: the emulator serves a limited number at once (--max-connections); retry later',
          ),
          format,
          true,
        );
      }
      if (request.method === 'GET') {
        request.resume();
        return answer(response, format, 'GET', route, () => emulator.parts.requestParams(query));
      }
      if (request.method !== 'POST') {
        request.resume();
        return send(response, httpError(405, `Method ${request.method} is not allowed: use GET or POST`), format);
      }
      if (Number(request.headers['content-length'] ?? 0) > BODY_LIMIT_BYTES) {
        request.resume();
        return send(response, httpError(413, 'Request body larger than 1 MB'), format, true);
      }
      readBody(request, (result) => {
        try {
          if (result.ok)
            return answer(response, format, 'POST', route, () =>
              emulator.parts.requestParams(query, { contentType: request.headers['content-type'], body: result.bytes }),
            );
          if (result.reason === 'too-large')
            return send(response, httpError(413, 'Request body larger than 1 MB'), format, true);
          response.destroy();
        } catch (error) {
          failed(response, error);
        }
      });
    } catch (error) {
      failed(response, error);
    }
  };
}

/** Last resort: an emulator bug, not the caller's fault. */
function failed(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = JSON.stringify({ error: { code: 500, message: `Emulator failure: ${(error as Error).message}` } });
  response.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
