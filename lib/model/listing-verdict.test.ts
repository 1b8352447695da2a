import { expect, test } from '@playwright/test';
import { listingRoutes } from '../contracts/listing-routes.ts';
import { loadOperation, loadOperations } from '../contracts/load.ts';
import type { OperationId } from '../contracts/types.ts';
import type { ListingMismatch } from './listing-mismatch.ts';
import { listingVerdict, stateRequirement, unroutedRequirement, type JudgedCall } from './listing-verdict.ts';
import type { Credentials } from './predict.ts';
import { contractFields } from './reseller-model.ts';

const USER = 'a@example.com';
const call = (
  id: OperationId,
  pairs: Array<[string, string]> = [['user', USER]],
  more: { succeeded?: boolean; credentials?: Credentials; repeated?: boolean } = {},
): JudgedCall => ({ operation: loadOperation(id), pairs, credentials: 'valid', succeeded: true, ...more });

test('a refused call that changed the list breaks its no-effect rule; without credentials, the auth rule', () => {
  expect(stateRequirement(call('delete', undefined, { succeeded: false }))).toBe('delete.refusal.no-effect');
  expect(stateRequirement(call('delete', undefined, { succeeded: false, credentials: 'wrong' }))).toBe(
    'api.auth.wrong-credentials',
  );
  expect(stateRequirement(call('delete', undefined, { credentials: 'missing' }))).toBe('api.auth.required');
});

test('a flag call: its flag breaks its field rule (twice in a row: idempotence), other fields unchanged', () => {
  expect(stateRequirement(call('enable'), { field: 'active' })).toBe('enable.effect.active');
  expect(stateRequirement(call('enable', undefined, { repeated: true }), { field: 'active' })).toBe(
    'enable.effect.idempotent',
  );
  expect(stateRequirement(call('enable'), { field: 'website_access' })).toBe('enable.effect.website-access-unchanged');
  expect(stateRequirement(call('website_disable'), { field: 'website_access' })).toBe(
    'website_disable.effect.website-access-listed',
  );
});

test('a field not sent breaks others-unchanged; a create its fixed field rule; a rename its old-name rule', () => {
  const profile = call('update_profile', [
    ['user', USER],
    ['city', 'Paris'],
  ]);
  expect(stateRequirement(profile, { field: 'city' })).toBe('update_profile.effect.fields-changed');
  expect(stateRequirement(profile, { field: 'state' })).toBe('update_profile.effect.others-unchanged');
  expect(stateRequirement(call('create', [['username', USER]]), { field: 'active' })).toBe('create.effect.active');
  expect(stateRequirement(call('create', [['username', USER]]), { field: 'email' })).toBe('create.effect.listed');
  const rename = call('update_username', [
    ['user', USER],
    ['username', 'b@example.com'],
  ]);
  expect(stateRequirement(rename, { username: USER })).toBe('update_username.effect.old-name-unknown');
  expect(stateRequirement(rename, { username: 'b@example.com' })).toBe('update_username.effect.listed-new-name');
});

test('a success whose effect cannot be observed must still leave the list as it was', () => {
  expect(stateRequirement(call('update_password'))).toBe('update_password.valid.accepted');
});

test('a mismatch the encoding explains breaks that rule and blocks the effect; the others break the effect', () => {
  const profile = call('update_profile', [
    ['user', USER],
    ['city', 'Zoë'],
  ]);
  const encoded: ListingMismatch = {
    username: USER,
    problem: 'field differs',
    field: 'city',
    expected: 'Zoë',
    listed: 'ZoÃ«',
    cause: 'xml.encoding.iso-8859-1',
  };
  const both = listingVerdict(profile, [encoded, { username: 'b@example.com', problem: 'not listed' }]);
  expect([...both.violated].sort()).toEqual(['update_profile.effect.fields-changed', 'xml.encoding.iso-8859-1']);
  expect(both.onlyBlocked).toEqual([]);
  const explained = listingVerdict(profile, [encoded]);
  expect([...explained.violated]).toEqual(['xml.encoding.iso-8859-1']);
  expect(explained.onlyBlocked).toEqual([
    { requirement: 'update_profile.effect.fields-changed', by: ['xml.encoding.iso-8859-1'] },
  ]);
});

// The route fields are named twice: listingRoutes (lint, test annotations) and stateRequirement (the choice).
test('stateRequirement picks every route the contracts name, and names no route beyond them', () => {
  for (const operation of loadOperations()) {
    const { effect } = operation;
    const subject = operation.parameters.find((parameter) => parameter.role === 'subject')?.name ?? 'user';
    const pairs: Array<[string, string]> = [[subject, USER]];
    const fields = [...contractFields(), undefined];
    const picked = new Set(
      [false, true].flatMap((repeated) =>
        fields.flatMap((field) =>
          [USER, 'b@example.com'].map((username) =>
            stateRequirement(call(operation.id, pairs, { repeated }), { username, field }),
          ),
        ),
      ),
    );
    const allowed = [...listingRoutes(effect), unroutedRequirement(effect)];
    expect(
      [...picked].filter((id) => !allowed.includes(id)),
      operation.id,
    ).toEqual([]);
    for (const route of listingRoutes(effect)) expect(picked.has(route), `${operation.id}: ${route}`).toBe(true);
  }
});
