import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Format, Verb } from '../../lib/contracts/types.ts';
import { httpError, NOT_FOUND, type Answer } from '../answers/answer.ts';
import type { Emulator } from '../emulator.ts';
import { BadPercentEncoding, parseForm } from './parse-form.ts';
import { BODY_LIMIT_BYTES, readBody } from './read-body.ts';
import { parseRoute } from './route.ts';

const HEALTH = JSON.stringify({ status: 'ok' });
const FORM = 'application/x-www-form-urlencoded';

/** HTTP in front of the emulator: routing, verbs, query and form bodies, and the transport-level refusals. */
export function requestHandler(emulator: Emulator): (request: IncomingMessage, response: ServerResponse) => void {
  const endpoints = emulator.table.endpoints;

  const send = (response: ServerResponse, answer: Answer, format: Format, closeAfter = false) => {
    if (response.headersSent) return;
    const { body, contentType } = emulator.write(answer, format);
    response.writeHead(answer.kind === 'http-error' ? answer.status : 200, {
      'content-type': contentType,
      'content-length': Buffer.byteLength(body),
      ...(answer.kind === 'http-error' && answer.status === 405 ? { allow: 'GET, POST' } : {}),
      ...(closeAfter ? { connection: 'close' } : {}),
    });
    response.end(body);
  };

  const answer = (response: ServerResponse, format: Format, verb: Verb, route: NonNullable<ReturnType<typeof parseRoute>>, query: string, body: string) => {
    let params: Array<[string, string]>;
    try {
      params = parseForm(body, parseForm(query));
    } catch (error) {
      if (error instanceof BadPercentEncoding) return send(response, httpError(400, `Bad request: ${error.message}`), format);
      throw error;
    }
    const handled = emulator.respond(route, verb, params);
    if (handled instanceof Promise) handled.then((later) => send(response, later, format), (error: unknown) => failed(response, error));
    else send(response, handled, format);
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
      const route = parseRoute(path, endpoints);
      if (!route) {
        request.resume();
        return send(response, NOT_FOUND, 'json');
      }
      const { format } = route;
      if (request.method === 'GET') {
        request.resume();
        return answer(response, format, 'GET', route, query, '');
      }
      if (request.method !== 'POST') {
        request.resume();
        return send(response, httpError(405, `Method ${request.method} is not allowed: use GET or POST`), format);
      }
      const contentType = (request.headers['content-type'] ?? FORM).split(';')[0]?.trim().toLowerCase();
      if (contentType !== FORM) {
        request.resume();
        return send(response, httpError(415, `Content-Type must be ${FORM}`), format);
      }
      if (Number(request.headers['content-length'] ?? 0) > BODY_LIMIT_BYTES) {
        request.resume();
        return send(response, httpError(413, 'Request body larger than 1 MB'), format, true);
      }
      readBody(request, (result) => {
        try {
          if (result.ok) return answer(response, format, 'POST', route, query, result.text);
          if (result.reason === 'too-large') return send(response, httpError(413, 'Request body larger than 1 MB'), format, true);
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
