import { expect, test } from '@playwright/test';
import { loadRequirements } from '../contracts/load.ts';
import { failureRecord, type FailureFacts } from './failure-record.ts';

const facts: FailureFacts = {
  requirement: 'create.valid.accepted',
  operation: 'create',
  format: 'json',
  verb: 'GET',
  case: [['username', 'ann@run.example']],
  received: 'HTTP 200 error',
  seed: 1,
  curl: 'curl "$URL"',
};

test('a failure record takes the requirement statement from the register where the check gives none', () => {
  const record = failureRecord(facts);
  expect(record.documented).toContain(loadRequirements().get('create.valid.accepted')!.statement);
  expect(failureRecord({ ...facts, documented: 'as the scenario says' }).documented).toBe('as the scenario says');
});

test('a failure naming a requirement, or a cause, that the register lacks fails the check that made it', () => {
  expect(() => failureRecord({ ...facts, requirement: 'create.valid.acepted' })).toThrow(/create.valid.acepted/);
  expect(() => failureRecord({ ...facts, blockedBy: ['api.no-such-rule'] })).toThrow(/api.no-such-rule/);
});
