import { expect, test } from '@playwright/test';
import { loadRequirements } from '../lib/contracts/load.ts';
import { DEFECTS, INDEPENDENT_DEFECTS } from './defects/catalogue.ts';
import { startEmulator } from './server.ts';
import { PROBES } from './testing/defect-probes.ts';

// The independent catalogue has its own probes and self-test (emulator/defects/independent/independent.test.ts).
const PROBED = DEFECTS.filter((defect) => !INDEPENDENT_DEFECTS.includes(defect));

test('every catalogued defect has a probe, a description and requirement IDs from the register', () => {
  expect(PROBED.map((defect) => defect.name).sort()).toEqual(Object.keys(PROBES).sort());
  expect(new Set(DEFECTS.map((defect) => defect.name)).size).toBe(DEFECTS.length);
  const register = loadRequirements();
  for (const defect of DEFECTS) {
    expect(defect.description.length, defect.name).toBeGreaterThan(20);
    expect(defect.breaks.length, defect.name).toBeGreaterThan(0);
    for (const id of defect.breaks) expect(register.has(id), `${defect.name} breaks ${id}`).toBe(true);
  }
});

test.describe.configure({ mode: 'parallel' });

for (const defect of PROBED) {
  test(`defect ${defect.name} changes what the API answers`, async () => {
    const clean = await startEmulator({ port: 0 });
    const broken = await startEmulator({ port: 0, defects: [defect.name] });
    try {
      const probe = PROBES[defect.name];
      if (!probe) throw new Error(`no probe for ${defect.name}`);
      const [expected, observed] = [await probe(clean.url), await probe(broken.url)];
      expect(observed).not.toEqual(expected);
    } finally {
      await Promise.all([clean.close(), broken.close()]);
    }
  });
}

test('each probe observes the same thing twice on a clean emulator, so a difference comes from the defect', async () => {
  const clean = await startEmulator({ port: 0 });
  try {
    for (const [name, probe] of Object.entries(PROBES))
      expect(await probe(clean.url), name).toEqual(await probe(clean.url));
  } finally {
    await clean.close();
  }
});

// The first catalogue's defects together, each doing what its description says.
test('the defects switch behaviour as described', async () => {
  const described = [
    'username-limit-off-by-one',
    'xml-declaration-without-encoding',
    'json-errors-as-string',
    'non-ascii-create-crashes',
    'disable-does-nothing',
    'refused-create-still-stores',
    'retrieve-leaks-other-resellers',
    'password-min-length-five',
    'confirm-password-not-compared',
    'enable-unknown-user-succeeds',
  ];
  const broken = await startEmulator({ port: 0, defects: described });
  const probe = (name: string) => PROBES[name]?.(broken.url);
  try {
    expect(await probe('username-limit-off-by-one')).toContain('success');
    expect(await probe('xml-declaration-without-encoding')).toBe('<?xml version="1.0"?>');
    expect(await probe('json-errors-as-string')).toBe('string');
    expect(await probe('non-ascii-create-crashes')).toBe(500);
    expect(await probe('disable-does-nothing')).toEqual([expect.stringContaining('success'), 'true']);
    expect(await probe('refused-create-still-stores')).toEqual(['error', true]);
    expect(await probe('retrieve-leaks-other-resellers')).toBe(true);
    expect(await probe('password-min-length-five')).toContain('success');
    expect(await probe('confirm-password-not-compared')).toContain('success');
    expect(await probe('enable-unknown-user-succeeds')).toContain('success');
  } finally {
    await broken.close();
  }
});

test('the later-service defects answer as the 2014 documentation shows', async () => {
  const broken = await startEmulator({
    port: 0,
    defects: DEFECTS.filter((defect) => defect.name.startsWith('later-service-')).map((defect) => defect.name),
  });
  const probe = (name: string) => PROBES[name]?.(broken.url);
  try {
    expect(JSON.parse(String(await probe('later-service-website-error-unwrapped')))).toEqual({
      code: 400,
      message: 'User does not exist',
    });
    expect(await probe('later-service-xml-utf8')).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(await probe('later-service-filters-removed')).toBe(true);
  } finally {
    await broken.close();
  }
});

test('an unknown defect name fails start-up with the catalogue', async () => {
  const failure = startEmulator({ port: 0, defects: ['no-such-defect'] });
  await expect(failure).rejects.toThrow(
    /Unknown emulator defect "no-such-defect". Known defects:\n  username-limit-off-by-one: /,
  );
});
