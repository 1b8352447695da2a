import { expect, test } from '@playwright/test';
import { loadOperation } from '../contracts/load.ts';
import type { Judgement } from '../envelopes/judge.ts';
import { Verdict } from '../reporting/verdict.ts';
import { checkStep } from './check-step.ts';
import { ResellerModel } from './reseller-model.ts';

const disable = loadOperation('disable');
const CUSTOMER = { username: 'a@example.com', email: 'a@example.com', active: 'true' };
const expectation = {
  operation: disable,
  format: 'json',
  credentials: 'valid',
  pairs: [['user', CUSTOMER.username]],
  accepted: ['success'],
  about: [disable.effect.accepting],
} as const;
const success: Judgement = { kind: 'success', problems: [], broken: [] };
const holding = () => ResellerModel.holding(new Map([[CUSTOMER.username, CUSTOMER]]));
const inScope = () => true;

test('a success whose effect retrieve shows breaks nothing', async () => {
  const step = await checkStep(expectation, holding(), success, async () => ({
    listed: [{ ...CUSTOMER, active: 'false' }],
    inScope,
  }));
  expect(step.verdict.clean).toBe(true);
});

test('a success without its effect breaks the effect; a refusal that changed the list, no-effect', async () => {
  const unchanged = await checkStep(expectation, holding(), success, async () => ({ listed: [CUSTOMER], inScope }));
  expect([...unchanged.verdict.violated]).toEqual(['disable.effect.active']);
  const refused: Judgement = { kind: 'user-not-found', problems: ['the answer is user-not-found'], broken: [] };
  const changed = await checkStep(expectation, holding(), refused, async () => ({
    listed: [{ ...CUSTOMER, active: 'false' }],
    inScope,
  }));
  expect([...changed.verdict.violated].sort()).toEqual(['disable.valid.accepted', 'disable.refusal.no-effect'].sort());
});

test('a listing that could not be read blocks the effect requirement by what broke', async () => {
  const unread = new Verdict();
  unread.fail('api.status.no-5xx');
  const step = await checkStep(expectation, holding(), success, async () => ({ unread, problems: ['HTTP 500'] }));
  expect([...step.verdict.violated]).toEqual(['api.status.no-5xx']);
  expect(step.verdict.onlyBlocked).toEqual([{ requirement: 'disable.effect.active', by: ['api.status.no-5xx'] }]);
});
