import { expect, test } from '@playwright/test';
import { newRunId, suiteRunOf } from '../../lib/safety/run-id.ts';

test('run ids do not repeat, even when started in the same millisecond', () => {
  // 5 random digits (60 million) per millisecond: 20 ids in one millisecond collide about once in 300 000 runs.
  const ids = Array.from({ length: 20 }, () => newRunId(1_750_000_000_000));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.every((id) => /^[0-9a-z]{15}$/.test(id))).toBe(true);
});

test('only a prefix followed by a plausible run id marks a suite username', () => {
  const now = Date.UTC(2026, 10, 23);
  expect(suiteRunOf(`cf${newRunId(now - 1000)}w0t1n1z@example.com`, 'cf', now)).toBeDefined();
  expect(suiteRunOf('cfo@example.com', 'cf', now)).toBeUndefined();
  expect(suiteRunOf('cfmarketingteam1234@example.com', 'cf', now)).toBeUndefined();
  expect(suiteRunOf(`xx${newRunId(now)}a@example.com`, 'cf', now)).toBeUndefined();
  expect(suiteRunOf(`cf${newRunId(now + 3 * 86_400_000)}a@example.com`, 'cf', now)).toBeUndefined();
});
