import { expect, test } from '@playwright/test';
import { describeTarget, resolveTarget } from './resolve-target.ts';

const RUN = { CONFORMANCE_SEED: '42', CONFORMANCE_RUN_ID: 'mwabc123' };

test('the default target is the emulator profile, with its credentials and account', () => {
  const target = resolveTarget({ ...RUN });
  expect(target).toMatchObject({
    name: 'emulator',
    baseUrl: 'http://127.0.0.1:3917',
    apiUser: 'reseller-one',
    apiKey: 'emulator-key-one',
    destructive: true,
    seed: 42,
    runId: 'mwabc123',
  });
  expect(target.account.packages.length).toBeGreaterThan(0);
  expect(target.runs).toBeGreaterThan(0);
});

test('the environment overrides base URL, user, key and cases per property', () => {
  const target = resolveTarget({
    ...RUN,
    CONFORMANCE_BASE_URL: 'http://localhost:1',
    CONFORMANCE_API_USER: 'u',
    CONFORMANCE_API_KEY: 'k',
    CONFORMANCE_RUNS: '3',
  });
  expect(target).toMatchObject({ baseUrl: 'http://localhost:1', apiUser: 'u', apiKey: 'k', runs: 3 });
  expect(() => resolveTarget({ ...RUN, CONFORMANCE_RUNS: 'many' })).toThrow(/CONFORMANCE_RUNS/);
  expect(() => resolveTarget({ CONFORMANCE_RUN_ID: 'x' })).toThrow(/CONFORMANCE_SEED/);
  expect(() => resolveTarget({ ...RUN, CONFORMANCE_TARGET: 'targets/missing.json' })).toThrow(/missing\.json/);
});

test('usernames start with the run id, so two runs never share one', () => {
  const first = resolveTarget({ ...RUN });
  const second = resolveTarget({ ...RUN, CONFORMANCE_RUN_ID: 'mwabc124' });
  expect(first.namePrefix).toContain('mwabc123');
  expect(first.namePrefix).not.toBe(second.namePrefix);
});

test('the start-of-run line names the target and the seed, never the key', () => {
  const line = describeTarget(resolveTarget({ ...RUN, CONFORMANCE_API_KEY: 'very-secret-key' }));
  expect(line).toContain('emulator');
  expect(line).toContain('http://127.0.0.1:3917');
  expect(line).toContain('seed 42');
  expect(line).not.toContain('very-secret-key');
});
