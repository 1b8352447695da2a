import { expect, test } from '@playwright/test';
import { request } from 'undici';
import { loadOperations } from '../lib/contracts/load.ts';
import { LIBERAL, OUTSIDE_LIBERAL, READINGS, readingsNamed } from './readings/catalogue.ts';
import { startEmulator } from './server.ts';
import { call, ONE, uniqueUsername, validCreate } from './testing/emulator-client.ts';
import { expectCatalogued, probeTests } from './testing/probe-tests.ts';
import { READING_PROBES } from './testing/reading-probes.ts';

test('every catalogued reading has a probe, a description and allows requirement IDs from the register', () => {
  expectCatalogued(READINGS, (reading) => reading.allows, READING_PROBES);
  expect(new Set(READINGS.map((reading) => reading.name)).size).toBe(READINGS.length);
  for (const name of Object.keys(OUTSIDE_LIBERAL))
    expect(
      READINGS.some((reading) => reading.name === name),
      name,
    ).toBe(true);
});

test.describe.configure({ mode: 'parallel' });

probeTests('readings', 'reading', READING_PROBES);

test(
  `the ${LIBERAL} preset takes every reading ` + 'but those that cannot coexist, and serves all eleven operations',
  async () => {
    expect(readingsNamed([LIBERAL]).map((reading) => reading.name)).toEqual(
      READINGS.map((reading) => reading.name).filter((name) => !(name in OUTSIDE_LIBERAL)),
    );
    const emulator = await startEmulator({ port: 0, readings: [LIBERAL] });
    try {
      const username = uniqueUsername('liberal');
      const renamed = uniqueUsername('renamed');
      const manage = (selectors: Array<[string, string]>, user: string, extra: Array<[string, string]> = []) =>
        call(emulator.url, '/apiv2/reseller.manage.json', [
          ...ONE,
          ...selectors,
          ['user', user],
          ['username', user],
          ...extra,
        ]);
      const answers = {
        create: await call(emulator.url, '/apiv2/reseller.add.json', validCreate(username)),
        retrieve: await call(emulator.url, '/apiv2/reseller.manage.json', [
          ...ONE,
          ['method', 'profile'],
          ['task', 'get'],
          ['username', username],
        ]),
        disable: await manage([['method', 'disable']], username),
        enable: await manage([['method', 'enable']], username),
        website_disable: await manage([['method', 'website_disable']], username),
        website_enable: await manage([['method', 'website_enable']], username),
        update_profile: await manage(
          [
            ['method', 'profile'],
            ['task', 'set'],
          ],
          username,
          [['first_name', 'Bob']],
        ),
        update_password: await manage([['method', 'password']], username, [
          ['password', 'secret2'],
          ['confirm_password', 'secret2'],
        ]),
        update_email: await manage(
          [
            ['method', 'profile'],
            ['task', 'setEmail'],
          ],
          username,
          [['email', renamed]],
        ),
        update_username: await call(emulator.url, '/apiv2/reseller.manage.json', [
          ...ONE,
          ['method', 'profile'],
          ['task', 'setUsername'],
          ['user', username],
          ['username', renamed],
        ]),
        delete: await call(emulator.url, '/apiv2/reseller.delete.json', [...ONE, ['user', renamed]]),
      };
      expect(Object.keys(answers).sort()).toEqual(
        loadOperations()
          .map((operation) => operation.id)
          .sort(),
      );
      for (const [operation, reply] of Object.entries(answers)) {
        expect(reply.status, operation).toBeGreaterThanOrEqual(200);
        expect(reply.status, operation).toBeLessThan(300);
        if (operation === 'retrieve')
          expect(JSON.parse(reply.text), operation).toEqual([expect.objectContaining({ username })]);
        else expect(JSON.parse(reply.text), operation).toEqual({ message: 'success' });
      }
    } finally {
      await emulator.close();
    }
  },
);

test('the rate limit turns calls away with 429 and Retry-After, and a call after the wait is served', async () => {
  const emulator = await startEmulator({ port: 0, readings: ['rate-limit-429'] });
  try {
    const credentials = `api_user=${ONE[0]?.[1]}&api_key=${ONE[1]?.[1]}`;
    const url = `${emulator.url}/apiv2/reseller.manage.json?${credentials}&method=profile&task=get`;
    const replies = await Promise.all(
      Array.from({ length: 200 }, async () => {
        const reply = await request(url);
        return { status: reply.statusCode, retryAfter: reply.headers['retry-after'], body: await reply.body.text() };
      }),
    );
    const turnedAway = replies.filter((reply) => reply.status === 429);
    expect(turnedAway.length).toBeGreaterThan(0);
    expect(turnedAway[0]).toEqual({ status: 429, retryAfter: '1', body: expect.stringContaining('"code": 429') });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await request(url)).statusCode).toBe(200);
  } finally {
    await emulator.close();
  }
});

test('XML wrong credentials under xml-auth-error-root are the root <error> document the issue quotes', async () => {
  const emulator = await startEmulator({ port: 0, readings: ['xml-auth-error-root'] });
  try {
    const reply = await call(emulator.url, '/apiv2/reseller.manage.xml', [
      ['api_user', ONE[0]?.[1] ?? ''],
      ['api_key', 'wrong'],
      ['method', 'profile'],
      ['task', 'get'],
    ]);
    expect(reply.text).toBe(
      '<?xml version="1.0" encoding="ISO-8859-1"?><error><code>401</code><message>Permission denied, wrong ' +
        'credentials</message></error>',
    );
  } finally {
    await emulator.close();
  }
});

test('an unknown reading name fails start-up with the catalogue', async () => {
  await expect(startEmulator({ port: 0, readings: ['no-such-reading'] })).rejects.toThrow(
    /Unknown emulator reading "no-such-reading". Known readings/,
  );
});
