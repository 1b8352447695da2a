import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Emulator } from '../emulator.ts';
import { ADMIN_PREFIX } from '../http/request-handler.ts';
import { readBody } from '../http/read-body.ts';
import { snapshotOf } from '../state/snapshot.ts';
import { FixtureRefused, loadFixture } from './load-fixture.ts';

/** Run-time switches by kind (`defects`, and any other kind the server knows): lists of names. */
export type SwitchSettings = Record<string, string[]>;

/** What the admin API may do to the running emulator. */
export interface AdminControl {
  emulator: Emulator;
  switches(): SwitchSettings;
  /** Rebuilds the emulator's parts from the given kinds' names (the others stay); throws on an unknown kind or name. */
  switchTo(changes: SwitchSettings): void;
}

type Reply = { status: number; body: unknown };

/**
 * `/_emulator/...`, for client developers' tests (JSON in, JSON out): health, reset, customers
 * (load a fixture), state (dump), switches (read, change). Never reached by the suite's tests.
 */
export function adminHandler(
  control: AdminControl,
): (request: IncomingMessage, response: ServerResponse, path: string) => void {
  const { emulator } = control;
  const routes: Record<string, Partial<Record<string, (body: unknown) => Reply>>> = {
    health: {
      GET: () => ok({ status: 'ok', customers: customerCounts(emulator), switches: control.switches() }),
    },
    reset: {
      POST: () => {
        emulator.store = emulator.store.emptyCopy();
        emulator.onChange?.();
        return ok({ status: 'reset', customers: customerCounts(emulator) });
      },
    },
    state: {
      GET: () => ok(snapshotOf(emulator.store)),
    },
    customers: {
      POST: (body) => {
        try {
          const loaded = loadFixture(emulator, body);
          emulator.onChange?.();
          return ok({ loaded, customers: customerCounts(emulator) });
        } catch (error) {
          if (error instanceof FixtureRefused) return refused(400, error.message, error.problems);
          throw error;
        }
      },
    },
    switches: {
      GET: () => ok(control.switches()),
      PUT: (body) => {
        if (body === null || typeof body !== 'object' || Array.isArray(body))
          return refused(400, 'the body must be a JSON object such as {"defects": ["name"]}');
        for (const [kind, names] of Object.entries(body)) {
          if (!Array.isArray(names) || !names.every((name) => typeof name === 'string'))
            return refused(400, `"${kind}" must be a list of names`);
        }
        try {
          control.switchTo(body as SwitchSettings);
        } catch (error) {
          return refused(400, (error as Error).message);
        }
        return ok(control.switches());
      },
    },
  };

  return (request, response, path) => {
    const route = routes[path.slice(ADMIN_PREFIX.length)];
    const action = route?.[request.method ?? ''];
    if (!route || !action) {
      request.resume();
      const allowed = route ? Object.keys(route).join(', ') : undefined;
      return reply(
        response,
        route
          ? refused(405, `use ${allowed}`)
          : refused(
              404,
              `unknown admin path; known: ${Object.keys(routes)
                .map((name) => ADMIN_PREFIX + name)
                .join(', ')}`,
            ),
        allowed,
      );
    }
    if (request.method === 'GET') {
      request.resume();
      return reply(response, action(undefined));
    }
    readBody(request, (result) => {
      if (!result.ok)
        return result.reason === 'too-large'
          ? reply(response, refused(413, 'body larger than 1 MB'))
          : response.destroy();
      let body: unknown;
      try {
        body = result.bytes.length === 0 ? undefined : JSON.parse(result.bytes.toString('utf8'));
      } catch (error) {
        return reply(response, refused(400, `the body is not JSON: ${(error as Error).message}`));
      }
      try {
        reply(response, action(body));
      } catch (error) {
        reply(response, refused(500, `emulator failure: ${(error as Error).message}`));
      }
    });
  };
}

function ok(body: unknown): Reply {
  return { status: 200, body };
}

function refused(status: number, message: string, problems?: string[]): Reply {
  return { status, body: { error: { code: status, message, ...(problems ? { problems } : {}) } } };
}

function reply(response: ServerResponse, { status, body }: Reply, allow?: string): void {
  const text = JSON.stringify(body, null, 2);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...(allow ? { allow } : {}),
  });
  response.end(text);
}

function customerCounts(emulator: Emulator): Record<string, number> {
  return Object.fromEntries(
    [...emulator.store.resellers].map(([apiUser, reseller]) => [apiUser, reseller.customers.size]),
  );
}
