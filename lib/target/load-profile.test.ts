import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadProfile } from './load-profile.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'profile-test-'));

function profileFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

const minimal = {
  name: 'staging',
  baseUrl: 'https://api.example.com',
  destructive: false,
  credentials: { apiUser: 'reseller', apiKey: '${TEST_KEY}' },
  account: { packages: ['Gold'], ipGroups: [], ips: [], whitelabels: [] },
};

test('targets/emulator.json loads with its defaults', () => {
  const profile = loadProfile('targets/emulator.json', {});
  expect(profile.name).toBe('emulator');
  expect(profile.credentials.apiKey).toBe('emulator-key-one');
  expect(profile.secondReseller?.apiKey).toBe('emulator-key-two');
  expect(profile.account.packages.length).toBeGreaterThan(0);
});

test('${NAME} and ${NAME:-default} expand from the given environment', () => {
  expect(loadProfile('targets/emulator.json', { EMULATOR_API_KEY_ONE: 'from-env' }).credentials.apiKey).toBe(
    'from-env',
  );
  const file = profileFile('env.json', { ...minimal, baseUrl: '${TEST_URL:-https://fallback.example.com}' });
  const profile = loadProfile(file, { TEST_KEY: 'k1' });
  expect(profile.credentials.apiKey).toBe('k1');
  expect(profile.baseUrl).toBe('https://fallback.example.com');
  expect(loadProfile(file, { TEST_KEY: 'k1', TEST_URL: 'http://other:8080' }).baseUrl).toBe('http://other:8080');
});

test('an unset ${NAME} without default names the key', () => {
  const file = profileFile('unset.json', minimal);
  expect(() => loadProfile(file, {})).toThrow(/unset\.json.*credentials\.apiKey.*TEST_KEY/);
});

test('a bad key: the message names the file and the key', () => {
  const wrongType = profileFile('wrong-type.json', { ...minimal, destructive: 'yes' });
  expect(() => loadProfile(wrongType, { TEST_KEY: 'k' })).toThrow(
    /wrong-type\.json.*key "destructive" must be boolean/,
  );
  const unknown = profileFile('unknown.json', { ...minimal, credentials: { apiUser: 'r', apiKey: 'k', apikey: 'k' } });
  expect(() => loadProfile(unknown, {})).toThrow(/unknown\.json.*unknown key "credentials\.apikey"/);
  const missing = profileFile('missing.json', { ...minimal, account: { packages: [], ipGroups: [], ips: [] } });
  expect(() => loadProfile(missing, { TEST_KEY: 'k' })).toThrow(/missing\.json.*missing key "account\.whitelabels"/);
  const notJson = path.join(dir, 'broken.json');
  writeFileSync(notJson, '{ "name": ');
  expect(() => loadProfile(notJson, {})).toThrow(/broken\.json cannot be read as JSON/);
});

test('emulator-only resellers and the optional keys validate', () => {
  const file = profileFile('full.json', {
    ...minimal,
    rateLimit: { requestsPerSecond: 5 },
    runPrefix: 'cf',
    expectations: 'targets/staging.expectations.json',
    secondReseller: { apiUser: 'r2', apiKey: 'k2' },
    emulator: { resellers: [{ apiUser: 'r3', apiKey: 'k3', account: minimal.account }] },
  });
  const profile = loadProfile(file, { TEST_KEY: 'k' });
  expect(profile.emulator?.resellers?.[0]?.apiUser).toBe('r3');
  const bad = profileFile('bad-rate.json', { ...minimal, rateLimit: { requestsPerSecond: 0 } });
  expect(() => loadProfile(bad, { TEST_KEY: 'k' })).toThrow(/key "rateLimit\.requestsPerSecond"/);
});

test('"$comment" notes are for people: a ${NAME} in them is left as written', () => {
  const notes = ['export ${STAGING_API_KEY} before a run'];
  const profile = loadProfile(profileFile('notes.json', { ...minimal, $comment: notes }), {
    TEST_KEY: 'k1',
  }) as unknown as Record<string, unknown>;
  expect(profile.$comment).toEqual(notes);
  expect(() =>
    loadProfile(profileFile('bad-notes.json', { ...minimal, $comment: 'one string' }), { TEST_KEY: 'k1' }),
  ).toThrow(/\$comment/);
});
