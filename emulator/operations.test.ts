import { expect, test } from '@playwright/test';
import { loadOperation } from '../lib/contracts/load.ts';
import { call, customer, LISTED_PROFILE, listOf, ONE, uniqueUsername, validCreate } from './testing/emulator-client.ts';
import { startEmulator, type RunningEmulator } from './server.ts';

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator.close());

const createExamples = loadOperation('create').examples;
const exampleBody = (format: string, kind: string) =>
  createExamples.find((example) => example.format === format)?.answers.find((answer) => answer.kind === kind)?.body;
const manage = (format: string) => `/apiv2/reseller.manage.${format}`;
const user = (username: string): [string, string] => ['user', username];

for (const format of ['json', 'xml'] as const) {
  for (const verb of ['GET', 'POST']) {
    test(`${format} ${verb}: every operation and its state change`, async () => {
      const base = emulator.url;
      const name = uniqueUsername();
      const created = await call(base, `/apiv2/reseller.add.${format}`, validCreate(name), verb);
      expect(created.status).toBe(200);
      expect(created.text).toBe(exampleBody(format, 'success'));
      expect(created.contentType).toBe(format === 'json' ? 'application/json' : 'text/xml; charset=ISO-8859-1');
      expect(await customer(base, name)).toEqual({
        username: name,
        email: name,
        active: 'true',
        ...LISTED_PROFILE,
        website_access: 'true',
      });

      const manageCall = (params: Array<[string, string]>) => call(base, manage(format), [...ONE, ...params], verb);
      const expectSuccess = async (params: Array<[string, string]>) =>
        expect((await manageCall(params)).text).toBe(exampleBody(format, 'success'));

      await expectSuccess([['method', 'disable'], user(name)]);
      expect((await customer(base, name))?.active).toBe('false');
      await expectSuccess([['method', 'enable'], user(name)]);
      expect((await customer(base, name))?.active).toBe('true');
      await expectSuccess([['method', 'website_disable'], user(name)]);
      expect(await customer(base, name)).toMatchObject({ website_access: 'false', active: 'true' });
      await expectSuccess([['method', 'website_enable'], user(name)]);
      expect(await customer(base, name)).toMatchObject({ website_access: 'true', active: 'true' });

      await expectSuccess([
        ['method', 'profile'],
        ['task', 'set'],
        user(name),
        ['first_name', 'Bea'],
        ['city', 'Ville'],
      ]);
      expect(await customer(base, name)).toMatchObject({
        first_name: 'Bea',
        city: 'Ville',
        last_name: 'Lee',
        address: '1 Main St',
      });
      await expectSuccess([
        ['method', 'password'],
        user(name),
        ['password', 'newsecret'],
        ['confirm_password', 'newsecret'],
      ]);
      await expectSuccess([['method', 'profile'], ['task', 'setEmail'], user(name), ['email', 'contact@example.org']]);
      expect((await customer(base, name))?.email).toBe('contact@example.org');
      await expectSuccess([['method', 'password'], ['task', 'setEmail'], user(name), ['email', 'd2@example.org']]);
      expect((await customer(base, name))?.email).toBe('d2@example.org');

      const renamed = uniqueUsername('renamed');
      await expectSuccess([['method', 'profile'], ['task', 'setUsername'], user(name), ['username', renamed]]);
      expect(await customer(base, name)).toBeUndefined();
      expect((await customer(base, renamed))?.first_name).toBe('Bea');

      const deleted = await call(base, `/apiv2/reseller.delete.${format}`, [...ONE, user(renamed)], verb);
      expect(deleted.text).toBe(exampleBody(format, 'success'));
      expect(await customer(base, renamed)).toBeUndefined();
      const afterDelete = await manageCall([['method', 'enable'], user(renamed)]);
      expect(afterDelete.text).toContain('User not found');
      const recreate = await call(base, `/apiv2/reseller.add.${format}`, validCreate(renamed), verb);
      expect(recreate.text).toContain('Username is already taken');
    });
  }
}

test('the password is never listed', async () => {
  const name = uniqueUsername();
  await call(
    emulator.url,
    '/apiv2/reseller.add.json',
    validCreate(name, { password: 'topsecret9', confirm_password: 'topsecret9' }),
  );
  const xml = await call(emulator.url, manage('xml'), [...ONE, ['method', 'profile'], ['task', 'get']]);
  const json = await call(emulator.url, manage('json'), [...ONE, ['method', 'profile'], ['task', 'get']]);
  expect(xml.text).toContain(name);
  expect(xml.text + json.text).not.toContain('topsecret9');
  expect(xml.text + json.text).not.toContain('password');
});

test('error list in both formats: every broken rule listed, exact envelope', async () => {
  const name = uniqueUsername();
  const params = validCreate(name, { password: 'abc', confirm_password: 'abd', email: 'not-an-email' });
  const json = await call(emulator.url, '/apiv2/reseller.add.json', params);
  expect(json.status).toBe(200);
  expect(JSON.parse(json.text)).toEqual({
    message: 'error',
    errors: [
      'Password must be at least 6 characters',
      'Confirm password must match password',
      'Confirm password must be at least 6 characters',
      'Email must be in email format',
    ],
  });
  const xml = await call(emulator.url, '/apiv2/reseller.add.xml', [...params.filter(([key]) => key !== 'company')]);
  expect(xml.text).toBe(
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n\n<result>\n   <message>error</message>\n   <errors>\n' +
      '      <error>Password must be at least 6 characters</error>\n' +
      '      <error>Confirm password must match password</error>\n' +
      '      <error>Confirm password must be at least 6 characters</error>\n' +
      '      <error>Email must be in email format</error>\n' +
      '      <error>Company is required</error>\n   </errors>\n</result>\n',
  );
  expect(await customer(emulator.url, name)).toBeUndefined();
});

test('unknown user: "User not found" for enable/disable/website_*, the error list for the others (D10)', async () => {
  const nobody = uniqueUsername('nobody');
  for (const method of ['enable', 'disable', 'website_enable', 'website_disable']) {
    const reply = await call(emulator.url, manage('json'), [...ONE, ['method', method], user(nobody)]);
    expect(JSON.parse(reply.text), method).toEqual({ message: 'User not found' });
    const xml = await call(emulator.url, manage('xml'), [...ONE, ['method', method], user(nobody)]);
    expect(xml.text).toBe(
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n\n<result>\n   <message>User not found</message>\n</result>\n',
    );
  }
  const deleted = await call(emulator.url, '/apiv2/reseller.delete.json', [...ONE, user(nobody)]);
  expect(JSON.parse(deleted.text)).toEqual({
    message: 'error',
    errors: ['User must be a customer registered under your account'],
  });
  const profile = await call(emulator.url, manage('json'), [
    ...ONE,
    ['method', 'profile'],
    ['task', 'set'],
    user(nobody),
    ['first_name', 'X'],
  ]);
  expect(JSON.parse(profile.text).message).toBe('error');
});

test('wrong or missing credentials: the auth error in both formats (D12), nothing changes', async () => {
  const name = uniqueUsername();
  const wrongKey = validCreate(name).map(([key, value]): [string, string] =>
    key === 'api_key' ? [key, 'wrong'] : [key, value],
  );
  const json = await call(emulator.url, '/apiv2/reseller.add.json', wrongKey);
  expect(json.status).toBe(200);
  expect(JSON.parse(json.text)).toEqual({ error: { code: 401, message: 'Permission denied, wrong credentials' } });
  const xml = await call(
    emulator.url,
    '/apiv2/reseller.add.xml',
    wrongKey.filter(([key]) => key !== 'api_user'),
  );
  expect(xml.text).toBe(
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n\n<result>\n   <error>\n      <code>401</code>\n      ' +
      '<message>Permission denied, wrong credentials</message>\n   </error>\n</result>\n',
  );
  expect(await customer(emulator.url, name)).toBeUndefined();
});

test('unknown method or task is an error list; credentials are checked first', async () => {
  const unknown = await call(emulator.url, manage('json'), [...ONE, ['method', 'explode']]);
  expect(JSON.parse(unknown.text)).toEqual({
    message: 'error',
    errors: ['Unknown method "explode"', 'task is required'],
  });
  const noAuth = await call(emulator.url, manage('json'), [['method', 'explode']]);
  expect(JSON.parse(noAuth.text).error.code).toBe(401);
});

test('retrieve: empty list per D23, filters exact and combined (D21)', async () => {
  const empty = await startEmulator({ port: 0 });
  try {
    expect((await call(empty.url, manage('json'), [...ONE, ['method', 'profile'], ['task', 'get']])).text).toBe('[]');
    expect((await call(empty.url, manage('xml'), [...ONE, ['method', 'profile'], ['task', 'get']])).text).toBe(
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n\n<users></users>\n',
    );
    const [a, b] = [uniqueUsername('a'), uniqueUsername('b')];
    await call(empty.url, '/apiv2/reseller.add.json', validCreate(a, { city: 'Alpha', company: 'One' }));
    await call(empty.url, '/apiv2/reseller.add.json', validCreate(b, { city: 'Beta', company: 'One' }));
    await call(empty.url, manage('json'), [...ONE, ['method', 'disable'], user(b)]);
    const names = async (filters: Array<[string, string]>) =>
      (await listOf(empty.url, ONE, filters)).map((entry) => entry.username);
    expect(await names([])).toEqual([a, b]);
    expect(await names([['city', 'Alpha']])).toEqual([a]);
    expect(await names([['city', 'alpha']])).toEqual([]);
    expect(await names([['company', 'One']])).toEqual([a, b]);
    expect(
      await names([
        ['company', 'One'],
        ['city', 'Beta'],
      ]),
    ).toEqual([b]);
    expect(await names([['active', 'false']])).toEqual([b]);
    expect(await names([['active', '1']])).toEqual([a]);
    expect(await names([['username', a]])).toEqual([a]);
  } finally {
    await empty.close();
  }
});

test('transport refusals: 404 unknown path, 405 other verbs, 400 bad encoding', async () => {
  const notFound = await call(emulator.url, '/apiv2/reseller.nothing.json', ONE);
  expect([notFound.status, JSON.parse(notFound.text)]).toEqual([404, { error: { code: '404', message: null } }]);
  expect((await call(emulator.url, '/apiv2/reseller.add.yaml', ONE)).status).toBe(404);
  const put = await call(emulator.url, '/apiv2/reseller.add.xml', ONE, 'PUT');
  expect(put.status).toBe(405);
  expect(put.text).toContain('<code>405</code>');
  const { request } = await import('undici');
  const broken = await request(`${emulator.url}/apiv2/reseller.add.json?api_user=%E4%B8`);
  expect(broken.statusCode).toBe(400);
  expect(JSON.parse(await broken.body.text()).error.code).toBe(400);
  const health = await request(`${emulator.url}/health`);
  expect(health.statusCode).toBe(200);
  await health.body.dump();
});

test('a body over 1 MB is refused with 413', async () => {
  const { request } = await import('undici');
  const big = await request(`${emulator.url}/apiv2/reseller.add.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `api_user=x&junk=${'a'.repeat(1024 * 1024 + 10)}`,
  });
  expect(big.statusCode).toBe(413);
  expect(JSON.parse(await big.body.text()).error.code).toBe(413);
  const { Readable } = await import('node:stream');
  const chunks = () => Readable.from(Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 'a')));
  const streamed = await request(`${emulator.url}/apiv2/reseller.add.xml`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: chunks(),
  });
  expect(streamed.statusCode).toBe(413);
  expect(await streamed.body.text()).toContain('<code>413</code>');
});
