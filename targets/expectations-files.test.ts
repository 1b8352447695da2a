import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createContractsAjv } from '../lib/contracts/ajv.ts';
import { loadRequirements } from '../lib/contracts/load.ts';
import { loadProfile } from '../lib/target/load-profile.ts';
import { updatedExpectations } from '../expectations/updated-expectations.ts';
import type { Certificate, RequirementResult } from '../reports/src/certificate-types.ts';
import { loadExpectations } from '../reports/src/expectations.ts';

const TARGETS = 'targets';
const schema = JSON.parse(readFileSync('expectations/expectations.schema.json', 'utf8'));
const validate = createContractsAjv().compile(schema);
const profilesWithExpectations = readdirSync(TARGETS)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
  .map((file) => ({ file: path.join(TARGETS, file), profile: loadProfile(path.join(TARGETS, file), {}) }))
  .filter(({ profile }) => profile.expectations !== undefined);

test('the later-service example is among the profiles with known deviations', () => {
  expect(profilesWithExpectations.map(({ profile }) => profile.name)).toContain('later-service');
});

for (const { file, profile } of profilesWithExpectations) {
  test(`${file}: its expectations file follows the schema and names only registered requirements`, () => {
    const expectationsFile = path.resolve(TARGETS, profile.expectations as string);
    const document = JSON.parse(readFileSync(expectationsFile, 'utf8'));
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    const register = loadRequirements();
    const entries = loadExpectations(expectationsFile);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries)
      if (entry.requirement) expect(register.has(entry.requirement), entry.requirement).toBe(true);
  });
}

test(
  'the schema refuses an entry naming both or neither of ' + 'requirement and test, an unknown status, or no reason',
  () => {
    const entry = { requirement: 'xml.declaration', expected: 'fail', reason: 'r' };
    expect(validate({ expectations: [entry] })).toBe(true);
    expect(validate({ expectations: [{ ...entry, test: 't' }] })).toBe(false);
    expect(validate({ expectations: [{ expected: 'fail', reason: 'r' }] })).toBe(false);
    expect(validate({ expectations: [{ ...entry, expected: 'broken' }] })).toBe(false);
    expect(validate({ expectations: [{ requirement: 'xml.declaration', expected: 'fail' }] })).toBe(false);
    expect(validate({ expectations: [{ ...entry, reason: '' }] })).toBe(false);
  },
);

test('updating expectations adds new failures, drops deviations that passed, and keeps the rest', () => {
  const result = (id: string, status: RequirementResult['status'], reason?: string): RequirementResult => ({
    id,
    level: 'documented',
    statement: '',
    section: '',
    status,
    tests: [],
    failures: [],
    ...(reason ? { reason } : {}),
  });
  const certificate = {
    run: { runId: 'r1', seed: '42' },
    requirements: [
      result('a.new-failure', 'failed', 'expected success\nmore'),
      result('b.still-failing', 'expected-failure'),
      result('c.fixed', 'unexpected-pass'),
      result('d.passing', 'passed'),
    ],
  } as unknown as Certificate;
  const updated = updatedExpectations(
    [
      { requirement: 'b.still-failing', expected: 'fail', reason: 'documented', link: 'https://example.com' },
      { requirement: 'c.fixed', expected: 'fail', reason: 'was broken' },
      { requirement: 'e.optional', expected: 'not-applicable', reason: 'not offered' },
      { test: 'some test', expected: 'flaky', reason: 'timing' },
    ],
    certificate,
  );
  expect(updated).toEqual([
    {
      requirement: 'a.new-failure',
      expected: 'fail',
      reason: 'Observed failing (run r1, seed 42): expected success. Replace with the documented reason.',
    },
    { requirement: 'b.still-failing', expected: 'fail', reason: 'documented', link: 'https://example.com' },
    { requirement: 'e.optional', expected: 'not-applicable', reason: 'not offered' },
    { test: 'some test', expected: 'flaky', reason: 'timing' },
  ]);
});
