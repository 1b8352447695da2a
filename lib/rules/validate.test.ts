import { expect, test } from '@playwright/test';
import { loadOperation } from '../contracts/load.ts';
import type { RuleContext } from './types.ts';
import { REPEATED_KEY_REQUIREMENT, validateParameters } from './validate.ts';

const create = loadOperation('create');
const context: RuleContext = {
  account: {
    packages: ['Gold'],
    ipGroups: ['pool'],
    ips: ['198.51.100.10', '198.51.100.11'],
    whitelabels: ['mail.example'],
  },
  today: '2024-05-10',
  isTaken: (username) => username === 'taken@example.com',
  isRegisteredCustomer: () => false,
};

function validCreate(): Array<[string, string]> {
  return [
    ['api_user', 'reseller'],
    ['api_key', 'key'],
    ['username', 'new@example.com'],
    ['password', 'secret1'],
    ['confirm_password', 'secret1'],
    ['email', 'new@example.com'],
    ['first_name', 'Ann'],
    ['last_name', 'Lee'],
    ['address', '1 Main St'],
    ['city', 'Town'],
    ['state', 'CA'],
    ['zip', '91234'],
    ['country', 'US'],
    ['phone', '555-555'],
    ['website', 'example.com'],
    ['company', 'Acme'],
    ['package', 'Gold'],
    ['whitelabel', 'mail.example'],
  ];
}

function withValue(name: string, value: string | undefined): Array<[string, string]> {
  const params = validCreate().filter(([key]) => key !== name);
  return value === undefined ? params : [...params, [name, value]];
}

test('a complete valid create breaks nothing; with every optional parameter too', () => {
  expect(validateParameters(create, validCreate(), context)).toEqual([]);
  const full: Array<[string, string]> = [
    ...validCreate(),
    ['ip[]', '198.51.100.10'],
    ['ip[]', '198.51.100.11'],
    ['ip_group[]', 'pool'],
    ['free_user', 'false'],
    ['billing_date', '2024-06-01'],
  ];
  expect(validateParameters(create, full, context)).toEqual([]);
});

test('each single break is exactly one violation naming its requirement', () => {
  const cases: Array<[string, string | undefined, string, string]> = [
    ['username', 'a'.repeat(53) + '@example.com', 'create.username.max-length', 'maxLength'],
    ['username', 'taken@example.com', 'create.username.not-taken', 'notTaken'],
    ['username', undefined, 'create.username.required', 'missing'],
    ['username', '', 'create.username.non-empty', 'empty'],
    ['email', 'no-at.example.com', 'create.email.format', 'format'],
    ['first_name', 'x'.repeat(51), 'create.first_name.max-length', 'maxLength'],
    ['company', undefined, 'create.company.required', 'missing'],
    ['package', 'Platinum', 'create.package.owned', 'ownedBy'],
    ['free_user', 'maybe', 'create.free_user.boolean', 'oneOf'],
    ['billing_date', '2024-02-30', 'create.billing_date.format', 'format'],
    ['billing_date', '2024-06-12', 'create.billing_date.within-billing-cycle', 'withinBillingCycle'],
  ];
  for (const [name, value, requirement, kind] of cases) {
    const violations = validateParameters(create, withValue(name, value), context);
    expect(
      violations.map((violation) => [violation.requirement, violation.kind]),
      `${name}=${value}`,
    ).toEqual([[requirement, kind]]);
    expect(violations[0]?.refusal).toEqual(['error-list']);
    expect(violations[0]?.parameter).toBe(name);
  }
});

test('username at 64 characters is valid, 65 is one violation', () => {
  const at64 = 'a'.repeat(52) + '@example.com';
  expect(at64.length).toBe(64);
  expect(validateParameters(create, withValue('username', at64), context)).toEqual([]);
  expect(
    validateParameters(create, withValue('username', 'a' + at64), context).map((violation) => violation.requirement),
  ).toEqual(['create.username.max-length']);
});

test('password and confirmation: short and different', () => {
  const short = validateParameters(
    create,
    [...withValue('password', 'abcde').filter(([key]) => key !== 'confirm_password'), ['confirm_password', 'abcde']],
    context,
  );
  expect(short.map((violation) => violation.requirement).sort()).toEqual([
    'create.confirm_password.min-length',
    'create.password.min-length',
  ]);
  const different = validateParameters(create, withValue('confirm_password', 'secret2'), context);
  expect(different.map((violation) => violation.requirement)).toEqual(['create.confirm_password.matches-password']);
});

test('each value of a repeated parameter is checked', () => {
  const params: Array<[string, string]> = [
    ...validCreate(),
    ['ip[]', '198.51.100.10'],
    ['ip[]', '203.0.113.9'],
    ['ip[]', '1.2.3.999'],
  ];
  const violations = validateParameters(create, params, context);
  expect(violations.map((violation) => violation.requirement)).toEqual([
    'create.ip.owned',
    'create.ip.format',
    'create.ip.owned',
  ]);
});

test('a non-repeatable parameter sent twice is a repeated-key violation', () => {
  const violations = validateParameters(create, [...validCreate(), ['first_name', 'Bob']], context);
  expect(violations).toEqual([
    expect.objectContaining({ requirement: REPEATED_KEY_REQUIREMENT, kind: 'repeated', parameter: 'first_name' }),
  ]);
});

test('missing credentials are refused with the unauthenticated answers', () => {
  const violations = validateParameters(
    create,
    validCreate().filter(([key]) => key !== 'api_key'),
    context,
  );
  expect(violations).toEqual([
    expect.objectContaining({
      requirement: 'api.auth.required',
      kind: 'missing',
      refusal: create.answers.unauthenticated,
    }),
  ]);
});

test('an empty optional value is not a violation', () => {
  expect(validateParameters(create, [...validCreate(), ['billing_date', '']], context)).toEqual([]);
});

test('aliases: disable reads user, else username (D1)', () => {
  const disable = loadOperation('disable');
  const mine: RuleContext = { ...context, isRegisteredCustomer: (username) => username === 'mine@example.com' };
  const credentials: Array<[string, string]> = [
    ['api_user', 'r'],
    ['api_key', 'k'],
    ['method', 'disable'],
  ];
  expect(validateParameters(disable, [...credentials, ['username', 'mine@example.com']], mine)).toEqual([]);
  expect(
    validateParameters(
      disable,
      [...credentials, ['user', 'mine@example.com'], ['username', 'other@example.com']],
      mine,
    ),
  ).toEqual([]);
  const unknown = validateParameters(disable, [...credentials, ['user', 'other@example.com']], mine);
  expect(unknown.map((violation) => [violation.requirement, violation.refusal])).toEqual([
    ['disable.user.registered', ['user-not-found']],
  ]);
  expect(validateParameters(disable, credentials, mine).map((violation) => violation.kind)).toEqual(['missing']);
});
