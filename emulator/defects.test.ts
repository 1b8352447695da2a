import { expect, test } from '@playwright/test';
import { loadRequirements } from '../lib/contracts/load.ts';
import { DEFECTS } from './defects/catalogue.ts';
import { startEmulator } from './server.ts';
import { call, customer, listOf, ONE, TWO, uniqueUsername, validCreate } from './testing/emulator-client.ts';

/** For each defect, an observation through the API that differs when the defect is on. */
const probes: Record<string, (url: string) => Promise<unknown>> = {
  'username-limit-off-by-one': async (url) => {
    const username = `${'u'.repeat(53)}@example.com`;
    expect(username).toHaveLength(65);
    return (await call(url, '/apiv2/reseller.add.json', validCreate(username, { email: uniqueUsername() }))).text;
  },
  'password-min-length-five': async (url) =>
    (await call(url, '/apiv2/reseller.add.json', validCreate(uniqueUsername(), { password: 'abcde', confirm_password: 'abcde' }))).text,
  'confirm-password-not-compared': async (url) =>
    (await call(url, '/apiv2/reseller.add.json', validCreate(uniqueUsername(), { confirm_password: 'secret2' }))).text,
  'disable-does-nothing': async (url) => {
    const name = uniqueUsername();
    await call(url, '/apiv2/reseller.add.json', validCreate(name));
    const answer = (await call(url, '/apiv2/reseller.manage.json', [...ONE, ['method', 'disable'], ['user', name]])).text;
    return [answer, (await customer(url, name))?.active];
  },
  'xml-declaration-without-encoding': async (url) =>
    (await call(url, '/apiv2/reseller.add.xml', validCreate(uniqueUsername()))).text.split('\n')[0],
  'json-errors-as-string': async (url) => typeof JSON.parse((await call(url, '/apiv2/reseller.add.json', ONE)).text).errors,
  'retrieve-leaks-other-resellers': async (url) => {
    const theirs = uniqueUsername('two');
    await call(url, '/apiv2/reseller.add.json', [
      ...TWO,
      ...validCreate(theirs, { package: 'Bronze Package', whitelabel: 'mail.reseller-two.example' }).slice(ONE.length),
    ]);
    return (await listOf(url, ONE)).some((entry) => entry.username === theirs);
  },
  'non-ascii-create-crashes': async (url) => (await call(url, '/apiv2/reseller.add.json', validCreate(uniqueUsername(), { city: 'Zürich' }))).status,
  'refused-create-still-stores': async (url) => {
    const name = uniqueUsername();
    const answer = JSON.parse((await call(url, '/apiv2/reseller.add.json', validCreate(name, { password: 'abc' }))).text).message;
    return [answer, (await customer(url, name)) !== undefined];
  },
  'enable-unknown-user-succeeds': async (url) =>
    (await call(url, '/apiv2/reseller.manage.json', [...ONE, ['method', 'enable'], ['user', uniqueUsername('nobody')]])).text,
};

test('every catalogued defect has a probe, a description and requirement IDs from the register', () => {
  expect(DEFECTS.map((defect) => defect.name).sort()).toEqual(Object.keys(probes).sort());
  const register = loadRequirements();
  for (const defect of DEFECTS) {
    expect(defect.description.length, defect.name).toBeGreaterThan(20);
    expect(defect.breaks.length, defect.name).toBeGreaterThan(0);
    for (const id of defect.breaks) expect(register.has(id), `${defect.name} breaks ${id}`).toBe(true);
  }
});

for (const defect of DEFECTS) {
  test(`defect ${defect.name} changes what the API answers`, async () => {
    const clean = await startEmulator({ port: 0 });
    const broken = await startEmulator({ port: 0, defects: [defect.name] });
    try {
      const probe = probes[defect.name];
      if (!probe) throw new Error(`no probe for ${defect.name}`);
      const [expected, observed] = [await probe(clean.url), await probe(broken.url)];
      expect(observed).not.toEqual(expected);
    } finally {
      await Promise.all([clean.close(), broken.close()]);
    }
  });
}

test('the defects switch behaviour as described', async () => {
  const broken = await startEmulator({ port: 0, defects: DEFECTS.map((defect) => defect.name) });
  try {
    expect(await probes['username-limit-off-by-one']?.(broken.url)).toContain('success');
    expect(await probes['xml-declaration-without-encoding']?.(broken.url)).toBe('<?xml version="1.0"?>');
    expect(await probes['json-errors-as-string']?.(broken.url)).toBe('string');
    expect(await probes['non-ascii-create-crashes']?.(broken.url)).toBe(500);
    expect(await probes['disable-does-nothing']?.(broken.url)).toEqual([expect.stringContaining('success'), 'true']);
    expect(await probes['refused-create-still-stores']?.(broken.url)).toEqual(['error', true]);
    expect(await probes['retrieve-leaks-other-resellers']?.(broken.url)).toBe(true);
    expect(await probes['password-min-length-five']?.(broken.url)).toContain('success');
    expect(await probes['confirm-password-not-compared']?.(broken.url)).toContain('success');
    expect(await probes['enable-unknown-user-succeeds']?.(broken.url)).toContain('success');
  } finally {
    await broken.close();
  }
});

test('an unknown defect name fails start-up with the catalogue', async () => {
  const failure = startEmulator({ port: 0, defects: ['no-such-defect'] });
  await expect(failure).rejects.toThrow(/Unknown emulator defect "no-such-defect". Known defects:\n  username-limit-off-by-one: /);
});
