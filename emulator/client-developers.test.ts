import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Client, request } from 'undici';
import { call, listOf, ONE, profile, TWO, uniqueUsername, validCreate } from './testing/emulator-client.ts';
import { loadOperation } from '../lib/contracts/load.ts';
import { buildEmulator, startEmulator } from './server.ts';

type Json = Record<string, unknown>;
async function admin(
  base: string,
  route: string,
  method = 'GET',
  body?: unknown,
): Promise<{ status: number; json: Json }> {
  const response = await request(`${base}/_emulator/${route}`, {
    method: method as 'GET',
    ...(body === undefined
      ? {}
      : {
          body: typeof body === 'string' ? body : JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        }),
  });
  return { status: response.statusCode, json: (await response.body.json()) as Json };
}

/** The create parameters of validCreate as a fixture entry. */
function fixtureCustomer(username: string, extra: Json = {}): Json {
  return { parameters: Object.fromEntries(validCreate(username).slice(ONE.length)), ...extra };
}

test('the admin API is off unless enabled: /_emulator/ paths are unknown like any other', async () => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const health = await request(`${emulator.url}/_emulator/health`);
    expect(health.statusCode).toBe(404);
    await health.body.dump();
    const reset = await request(`${emulator.url}/_emulator/reset`, { method: 'POST' });
    expect(reset.statusCode).toBe(404);
    await reset.body.dump();
  } finally {
    await emulator.close();
  }
});

test('health, fixture load, dump, reset', async () => {
  const emulator = await startEmulator({ port: 0, admin: true });
  try {
    const health = await admin(emulator.url, 'health');
    expect(health).toEqual({
      status: 200,
      json: {
        status: 'ok',
        customers: { [profile.credentials.apiUser]: 0, [TWO[0]![1]]: 0 },
        switches: { defects: [], readings: [] },
      },
    });

    const [a, b, c] = [uniqueUsername('fa'), uniqueUsername('fb'), uniqueUsername('fc')];
    const loaded = await admin(emulator.url, 'customers', 'POST', {
      customers: [
        fixtureCustomer(a, { active: false }),
        {
          ...fixtureCustomer(b, { websiteAccess: false }),
          parameters: { ...(fixtureCustomer(b)['parameters'] as Json), ip: profile.account.ips },
        },
        {
          reseller: TWO[0]![1],
          parameters: {
            ...(fixtureCustomer(c)['parameters'] as Json),
            package: profile.secondReseller?.account?.packages[0],
            whitelabel: profile.secondReseller?.account?.whitelabels[0],
          },
        },
      ],
    });
    expect(loaded.status, JSON.stringify(loaded.json)).toBe(200);
    expect(loaded.json['loaded']).toBe(3);
    const listed = await listOf(emulator.url);
    expect(listed.map((entry) => [entry.username, entry.active, entry.website_access])).toEqual([
      [a, 'false', 'true'],
      [b, 'true', 'false'],
    ]);
    expect((await listOf(emulator.url, TWO)).map((entry) => entry.username)).toEqual([c]);
    // loaded customers are ordinary customers: the public API manages them
    expect(
      (await call(emulator.url, '/apiv2/reseller.manage.json', [...ONE, ['method', 'enable'], ['user', a]])).text,
    ).toContain('success');

    const state = await admin(emulator.url, 'state');
    const customers = (state.json['resellers'] as Record<string, Array<Json>>)[profile.credentials.apiUser]!;
    expect(customers.map((entry) => entry['username'])).toEqual([a, b]);
    expect((customers[1]!['lists'] as Json)['ip']).toEqual(profile.account.ips);
    expect(JSON.stringify(state.json)).not.toContain('secret1');
    expect(JSON.stringify(state.json)).not.toContain(profile.credentials.apiKey);

    const reset = await admin(emulator.url, 'reset', 'POST');
    expect(reset.status).toBe(200);
    expect(await listOf(emulator.url)).toEqual([]);
    // reset returns to the profile's initial state: deleted and reset names are free again
    expect((await call(emulator.url, '/apiv2/reseller.add.json', validCreate(a))).text).toContain('success');
  } finally {
    await emulator.close();
  }
});

test('a fixture that breaks a rule or the schema is refused whole, with every problem named', async () => {
  const emulator = await startEmulator({ port: 0, admin: true });
  try {
    const good = uniqueUsername('good');
    const refused = await admin(emulator.url, 'customers', 'POST', {
      customers: [
        fixtureCustomer(good),
        fixtureCustomer(uniqueUsername('bad'), { parameters: { username: 'x' } }),
        { reseller: 'nobody', ...fixtureCustomer(uniqueUsername()) },
        fixtureCustomer(good),
      ],
    });
    expect(refused.status).toBe(400);
    const problems = (refused.json['error'] as { problems: string[] }).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^customers\[1\] \(x\): create answered .*Password is required/);
    expect(problems[1]).toContain('reseller "nobody" is not an account of this profile');
    expect(problems[2]).toMatch(/^customers\[3\]/);
    expect(await listOf(emulator.url), 'nothing was loaded').toEqual([]);
    expect(
      (await call(emulator.url, '/apiv2/reseller.add.json', validCreate(good))).text,
      'the name of a refused load is not reserved',
    ).toContain('success');

    for (const body of [
      'not json',
      '[]',
      '{"customers":[{"parameters":{"username":1}}]}',
      '{"customers":[],"extra":1}',
    ]) {
      const answer = await admin(emulator.url, 'customers', 'POST', body);
      expect(answer.status, body).toBe(400);
      expect((answer.json['error'] as Json)['message'], body).toEqual(expect.any(String));
    }
    expect((await admin(emulator.url, 'state', 'POST', {})).status).toBe(405);
    expect((await admin(emulator.url, 'nothing')).status).toBe(404);
  } finally {
    await emulator.close();
  }
});

test('switches: defects turned on and off at run time, the customers stay; unknown names refused', async () => {
  const emulator = await startEmulator({ port: 0, admin: true });
  try {
    const username = uniqueUsername('sw');
    await call(emulator.url, '/apiv2/reseller.add.json', validCreate(username));
    const long = `${'u'.repeat(53)}@example.com`;
    expect(
      (await call(emulator.url, '/apiv2/reseller.add.json', validCreate(long, { email: uniqueUsername() }))).text,
    ).toContain('error');
    expect(await admin(emulator.url, 'switches', 'PUT', { defects: ['username-limit-off-by-one'] })).toEqual({
      status: 200,
      json: { defects: ['username-limit-off-by-one'], readings: [] },
    });
    expect(
      (await call(emulator.url, '/apiv2/reseller.add.json', validCreate(long, { email: uniqueUsername() }))).text,
    ).toContain('success');
    expect((await listOf(emulator.url)).map((entry) => entry.username)).toEqual([username, long]);
    expect((await admin(emulator.url, 'switches', 'PUT', { defects: [] })).json).toEqual({ defects: [], readings: [] });
    expect(
      (
        await call(
          emulator.url,
          '/apiv2/reseller.add.json',
          validCreate(`${'v'.repeat(53)}@example.com`, { email: uniqueUsername() }),
        )
      ).text,
    ).toContain('error');

    const unknown = await admin(emulator.url, 'switches', 'PUT', { defects: ['no-such-defect'] });
    expect(unknown.status).toBe(400);
    expect((unknown.json['error'] as Json)['message']).toContain('Unknown emulator defect "no-such-defect"');
    expect((await admin(emulator.url, 'switches', 'PUT', { colours: [] })).status).toBe(400);
    expect((await admin(emulator.url, 'switches', 'PUT', { defects: 'x' })).status).toBe(400);
    expect((await admin(emulator.url, 'switches')).json).toEqual({ defects: [], readings: [] });
  } finally {
    await emulator.close();
  }
});

test('--state-file: a restart keeps the customers and reserved names; written atomically', async () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'emulator-state-'));
  const stateFile = path.join(directory, 'state.json');
  const [kept, deleted] = [uniqueUsername('kept'), uniqueUsername('gone')];
  const first = await startEmulator({ port: 0, stateFile });
  await call(first.url, '/apiv2/reseller.add.json', validCreate(kept, { first_name: 'Zoë' }));
  await call(first.url, '/apiv2/reseller.add.json', validCreate(deleted));
  await call(first.url, '/apiv2/reseller.delete.json', [...ONE, ['user', deleted]]);
  await call(first.url, '/apiv2/reseller.manage.json', [...ONE, ['method', 'disable'], ['user', kept]]);
  const before = await listOf(first.url);
  await first.close();
  expect(readdirSync(directory), 'no temporary file left').toEqual(['state.json']);
  expect(readFileSync(stateFile, 'utf8')).not.toContain('secret1');

  const second = await startEmulator({ port: 0, stateFile });
  try {
    expect(await listOf(second.url)).toEqual(before);
    expect(
      (await call(second.url, '/apiv2/reseller.add.json', validCreate(deleted))).text,
      'a deleted name stays reserved',
    ).toContain('error');
    expect(
      (
        await call(second.url, '/apiv2/reseller.manage.json', [
          ...ONE,
          ['method', 'password'],
          ['user', kept],
          ['password', 'secret2'],
          ['confirm_password', 'secret2'],
        ])
      ).text,
    ).toContain('success');
  } finally {
    await second.close();
  }
});

test('--state-file: a corrupt or inconsistent file is refused with a clear message, never half-loaded', async () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'emulator-state-'));
  const stateFile = path.join(directory, 'state.json');
  const valid = {
    format: 'sendgrid-reseller-emulator-state',
    version: 1,
    reservedUsernames: ['a@example.com'],
    resellers: { [profile.credentials.apiUser]: [{ username: 'a@example.com', fields: {}, lists: {} }] },
  };
  const cases: Array<[string, string]> = [
    ['{"format": "sendgrid-reseller-emul', 'is not JSON'],
    [JSON.stringify({ ...valid, version: 2 }), 'not an emulator state'],
    [
      JSON.stringify({ ...valid, resellers: { 'no-such-reseller': [] } }),
      'reseller "no-such-reseller" is not an account of this profile',
    ],
    [JSON.stringify({ ...valid, reservedUsernames: [] }), 'is live but not in reservedUsernames'],
  ];
  for (const [text, says] of cases) {
    writeFileSync(stateFile, text);
    const started = startEmulator({ port: 0, stateFile });
    await expect(started, says).rejects.toThrow(says);
    await expect(started).rejects.toThrow(`state file ${stateFile} is refused, nothing was loaded`);
    expect(readFileSync(stateFile, 'utf8'), 'the refused file is left as it was').toBe(text);
  }
  writeFileSync(stateFile, JSON.stringify(valid));
  const emulator = await startEmulator({ port: 0, stateFile });
  try {
    expect((await listOf(emulator.url)).map((entry) => entry.username)).toEqual(['a@example.com']);
  } finally {
    await emulator.close();
  }
});

test('limits: creates beyond the customer cap are refused with a clear error, in both formats', async () => {
  const emulator = await startEmulator({ port: 0, limits: { customersPerReseller: 2 } });
  try {
    const names = [uniqueUsername('cap'), uniqueUsername('cap'), uniqueUsername('cap')];
    const answers = [];
    for (const name of names)
      answers.push(JSON.parse((await call(emulator.url, '/apiv2/reseller.add.json', validCreate(name))).text));
    expect(answers.slice(0, 2)).toEqual([{ message: 'success' }, { message: 'success' }]);
    expect(answers[2]).toEqual({ message: 'error', errors: [expect.stringContaining('Customer limit reached')] });
    expect((await call(emulator.url, '/apiv2/reseller.add.xml', validCreate(names[2]!))).text).toContain(
      '<error>Customer limit reached',
    );
    expect((await listOf(emulator.url)).length).toBe(2);
    await call(emulator.url, '/apiv2/reseller.delete.json', [...ONE, ['user', names[0]!]]);
    expect((await call(emulator.url, '/apiv2/reseller.add.json', validCreate(names[2]!))).text).toContain('success');
  } finally {
    await emulator.close();
  }
});

test(
  'limits: a request on a connection over the cap is answered ' + '429 in its format and the connection closed',
  async () => {
    const emulator = await startEmulator({ port: 0, limits: { connections: 2 } });
    const clients = [new Client(emulator.url), new Client(emulator.url), new Client(emulator.url)];
    try {
      const statuses = [];
      for (const client of clients) {
        const response = await client.request({ path: '/apiv2/reseller.manage.xml?api_user=x', method: 'GET' });
        statuses.push([
          response.statusCode,
          response.headers['retry-after'],
          (await response.body.text()).includes('<code>429</code>'),
        ]);
      }
      expect(statuses).toEqual([
        [200, undefined, false],
        [200, undefined, false],
        [429, '1', true],
      ]);
      await clients[0]!.close();
      // the server learns of the close asynchronously: ask until it has
      await expect
        .poll(
          async () => {
            const fresh = new Client(emulator.url);
            const again = await fresh.request({ path: '/apiv2/reseller.manage.json?api_user=x', method: 'GET' });
            await again.body.dump();
            await fresh.close();
            return again.statusCode;
          },
          { message: 'a freed place is taken again' },
        )
        .toBe(200);
    } finally {
      await Promise.all(clients.slice(1).map((client) => client.close()));
      await emulator.close();
    }
  },
);

test('limits: under a flood of creates and deletes the reserved usernames stay within their cap', () => {
  const emulator = buildEmulator(profile, {}, { customersPerReseller: 50, usernames: 120 });
  const create = loadOperation('create');
  const remove = loadOperation('delete');
  let refused = 0;
  for (let index = 0; index < 1_000; index++) {
    const username = `flood-${index}@example.com`;
    const answer = emulator.handleNow({ endpoint: create.endpoint, format: 'json' }, 'GET', validCreate(username));
    if (answer.kind !== 'success') refused++;
    emulator.handleNow({ endpoint: remove.endpoint, format: 'json' }, 'GET', [...ONE, ['user', username]]);
  }
  const reseller = emulator.store.resellers.get(profile.credentials.apiUser)!;
  expect(reseller.customers.size).toBe(0);
  // deleted names stay reserved, so they are what a create-and-delete flood piles up
  expect([...emulator.store.reservedUsernames()].length).toBe(120);
  expect(refused).toBe(1_000 - 120);
});
