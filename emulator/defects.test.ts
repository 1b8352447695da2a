import { expect, test } from '@playwright/test';
import { DEFECTS, INDEPENDENT_DEFECTS } from './defects/catalogue.ts';
import { startEmulator } from './server.ts';
import { PROBES } from './testing/defect-probes.ts';
import { expectCatalogued, probeTests } from './testing/probe-tests.ts';

// The independent catalogue has a self-test of its own (emulator/defects/independent/independent.test.ts).
const PROBED = DEFECTS.filter((defect) => !INDEPENDENT_DEFECTS.includes(defect));

test('every catalogued defect has a probe, a description and requirement IDs from the register', () => {
  expectCatalogued(PROBED, (defect) => defect.breaks, PROBES);
  expect(new Set(DEFECTS.map((defect) => defect.name)).size).toBe(DEFECTS.length);
});

test.describe.configure({ mode: 'parallel' });

probeTests('defects', 'defect', PROBES);

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
