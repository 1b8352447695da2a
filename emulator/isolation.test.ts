import { expect, test } from '@playwright/test';
import { call, customer, listOf, ONE, TWO, uniqueUsername, validCreate } from './testing/emulator-client.ts';
import { startEmulator, type RunningEmulator } from './server.ts';

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator.close());

const asSecond = (params: Array<[string, string]>) => [...TWO, ...params.slice(ONE.length)];
const secondAccountCreate = (username: string) =>
  asSecond(validCreate(username, { package: 'Bronze Package', whitelabel: 'mail.reseller-two.example' }));

test('a reseller sees and manages only its own customers', async () => {
  const mine = uniqueUsername('one');
  const theirs = uniqueUsername('two');
  expect(JSON.parse((await call(emulator.url, '/apiv2/reseller.add.json', validCreate(mine))).text)).toEqual({
    message: 'success',
  });
  expect(JSON.parse((await call(emulator.url, '/apiv2/reseller.add.json', secondAccountCreate(theirs))).text)).toEqual({
    message: 'success',
  });
  expect((await listOf(emulator.url, ONE)).map((entry) => entry.username)).toContain(mine);
  expect((await listOf(emulator.url, ONE)).map((entry) => entry.username)).not.toContain(theirs);
  expect((await listOf(emulator.url, TWO)).map((entry) => entry.username)).toEqual([theirs]);

  for (const method of ['disable', 'website_disable']) {
    const reply = await call(emulator.url, '/apiv2/reseller.manage.json', [...TWO, ['method', method], ['user', mine]]);
    expect(JSON.parse(reply.text)).toEqual({ message: 'User not found' });
  }
  const deleted = await call(emulator.url, '/apiv2/reseller.delete.json', [...TWO, ['user', mine]]);
  expect(JSON.parse(deleted.text).message).toBe('error');
  expect(await customer(emulator.url, mine)).toMatchObject({ active: 'true', website_access: 'true' });
});

test(
  'usernames are global: the second reseller cannot take the ' + "first one's name, nor its own package items",
  async () => {
    const mine = uniqueUsername('one');
    await call(emulator.url, '/apiv2/reseller.add.json', validCreate(mine));
    const taken = await call(emulator.url, '/apiv2/reseller.add.json', secondAccountCreate(mine));
    expect(JSON.parse(taken.text)).toEqual({ message: 'error', errors: ['Username is already taken'] });
    const foreignPackage = await call(
      emulator.url,
      '/apiv2/reseller.add.json',
      asSecond(validCreate(uniqueUsername(), { whitelabel: 'mail.reseller-two.example' })),
    );
    expect(JSON.parse(foreignPackage.text).errors).toEqual(['Package must be a package that belongs to you']);
  },
);

test('simultaneous creates of one username: exactly one success', async () => {
  const name = uniqueUsername('race');
  const replies = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      call(
        emulator.url,
        index % 2 ? '/apiv2/reseller.add.json' : '/apiv2/reseller.add.xml',
        index % 3 ? validCreate(name) : secondAccountCreate(name),
        index % 2 ? 'GET' : 'POST',
      ),
    ),
  );
  const successes = replies.filter((reply) => reply.text.includes('success'));
  expect(successes).toHaveLength(1);
  const owners = [...(await listOf(emulator.url, ONE)), ...(await listOf(emulator.url, TWO))].filter(
    (entry) => entry.username === name,
  );
  expect(owners).toHaveLength(1);
});
