import { expect, test } from '@playwright/test';
import { loadOperation } from '../contracts/load.ts';
import type { ListingMismatch } from './listing-mismatch.ts';
import { listingVerdict, stateRequirement } from './listing-verdict.ts';

test('a refused call that changed the list breaks its no-effect rule; without credentials, the auth rule', () => {
  expect(stateRequirement(loadOperation('delete'), false, 'valid', undefined)).toBe('delete.refusal.no-effect');
  expect(stateRequirement(loadOperation('delete'), false, 'wrong', undefined)).toBe('api.auth.wrong-credentials');
  expect(stateRequirement(loadOperation('delete'), true, 'missing', undefined)).toBe('api.auth.required');
});

test('a flag call: its flag listed wrong breaks its field rule, another field its unchanged rule', () => {
  const enable = loadOperation('enable');
  expect(stateRequirement(enable, true, 'valid', 'active')).toBe('enable.effect.active');
  expect(stateRequirement(enable, true, 'valid', 'website_access')).toBe('enable.effect.website-access-unchanged');
  expect(stateRequirement(loadOperation('website_disable'), true, 'valid', 'website_access')).toBe(
    'website_disable.effect.website-access-listed',
  );
});

test('any other success breaks its first observable effect rule, else its acceptance', () => {
  expect(stateRequirement(loadOperation('create'), true, 'valid', 'email')).toBe('create.effect.listed');
  expect(stateRequirement(loadOperation('update_username'), true, 'valid', undefined)).toBe(
    'update_username.effect.listed-new-name',
  );
  expect(stateRequirement(loadOperation('update_password'), true, 'valid', undefined)).toBe(
    'update_password.valid.accepted',
  );
});

test('a mismatch the encoding explains breaks that rule and blocks the effect; the others break the effect', () => {
  const profile = loadOperation('update_profile');
  const encoded: ListingMismatch = {
    username: 'a@example.com',
    problem: 'field differs',
    field: 'city',
    expected: 'Zoë',
    listed: 'ZoÃ«',
    cause: 'xml.encoding.iso-8859-1',
  };
  const both = listingVerdict(profile, true, 'valid', [encoded, { username: 'b@example.com', problem: 'not listed' }]);
  expect([...both.violated].sort()).toEqual(['update_profile.effect.fields-changed', 'xml.encoding.iso-8859-1']);
  expect(both.onlyBlocked).toEqual([]);
  const explained = listingVerdict(profile, true, 'valid', [encoded]);
  expect([...explained.violated]).toEqual(['xml.encoding.iso-8859-1']);
  expect(explained.onlyBlocked).toEqual([
    { requirement: 'update_profile.effect.fields-changed', by: ['xml.encoding.iso-8859-1'] },
  ]);
});
