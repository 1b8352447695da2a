import { expect, test } from '@playwright/test';
import type { Constraint } from '../contracts/types.ts';
import { codePointLength } from '../contracts/code-point-length.ts';
import { isDate, lenientDate } from './formats/date.ts';
import { isEmail } from './formats/email.ts';
import { isIpv4 } from './formats/ipv4.ts';
import { rules } from './rules.ts';
import type { RuleContext } from './types.ts';

const base = { accepting: 'x.y.z', refusing: 'x.y.z', enforcement: 'enforced' } as const;
const context: RuleContext = {
  account: { packages: ['Gold'], ipGroups: ['pool'], ips: ['198.51.100.10'], whitelabels: ['mail.example'] },
  today: '2024-01-31',
  isTaken: (username) => username === 'taken@example.com',
  isRegisteredCustomer: (username) => username === 'mine@example.com',
};

function holds(constraint: Constraint, value: string, values: Record<string, string[]> = {}): boolean {
  const rule = rules[constraint.kind] as (typeof rules)['maxLength'];
  return rule.holds(
    value,
    constraint as Extract<Constraint, { kind: 'maxLength' }>,
    new Map(Object.entries(values)),
    context,
  );
}

test('code points: a surrogate pair counts once, a lone surrogate counts once', () => {
  expect(codePointLength('')).toBe(0);
  expect(codePointLength('abc')).toBe(3);
  expect(codePointLength('é中')).toBe(2);
  expect(codePointLength('😀😀')).toBe(2);
  expect(codePointLength('\ud83d')).toBe(1);
  expect(codePointLength('a\ude00b')).toBe(3);
});

test('maxLength: at the limit holds, one past fails, counted in code points', () => {
  const max = { ...base, kind: 'maxLength', value: 4 } as const;
  expect(holds(max, 'abcd')).toBe(true);
  expect(holds(max, 'abcde')).toBe(false);
  expect(holds(max, '😀😀😀😀')).toBe(true);
  expect(holds(max, '😀😀😀😀😀')).toBe(false);
  expect(holds(max, '')).toBe(true);
});

test('minLength: at the limit holds, one short fails, counted in code points', () => {
  const min = { ...base, kind: 'minLength', value: 6 } as const;
  expect(holds(min, 'abcdef')).toBe(true);
  expect(holds(min, 'abcde')).toBe(false);
  expect(holds(min, 'ééééé')).toBe(false);
  expect(holds(min, '中中中中中中')).toBe(true);
});

test('format email: plain addresses hold; the D18 violations fail', () => {
  for (const good of ['a@b.co', 'first.last+tag@sub.example.com', 'x-1@a-b.io']) expect(isEmail(good), good).toBe(true);
  for (const bad of [
    'ab.co',
    'a@@b.co',
    'a@b@c.co',
    '@b.co',
    'a@',
    'a b@c.co',
    'a@b c.co',
    'a@localhost',
    'a@.b.co',
    'a@b.co.',
    '',
  ]) {
    expect(isEmail(bad), bad).toBe(false);
  }
  expect(holds({ ...base, kind: 'format', format: 'email' }, 'a@b.co')).toBe(true);
  expect(holds({ ...base, kind: 'format', format: 'email' }, 'a@b')).toBe(false);
});

test('format date: real calendar dates in YYYY-mm-dd only', () => {
  for (const good of ['2024-02-29', '2023-12-31', '2024-01-01']) expect(isDate(good), good).toBe(true);
  for (const bad of [
    '2023-02-29',
    '2024-02-30',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-04-31',
    'abcd-ef-gh',
    '2/28/11',
    '2024-1-01',
    ' 2024-01-01',
    '',
  ]) {
    expect(isDate(bad), bad).toBe(false);
  }
  expect(holds({ ...base, kind: 'format', format: 'date' }, '2024-02-30')).toBe(false);
});

test('format ipv4: dotted quads of 0-255 without leading zeros', () => {
  for (const good of ['0.0.0.0', '198.51.100.10', '255.255.255.255']) expect(isIpv4(good), good).toBe(true);
  for (const bad of ['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.a', '1.2.3.4 ', '::1', ''])
    expect(isIpv4(bad), bad).toBe(false);
  expect(holds({ ...base, kind: 'format', format: 'ipv4' }, '1.2.3.256')).toBe(false);
});

test('oneOf: exact members only', () => {
  const boolean: Constraint = { ...base, kind: 'oneOf', values: ['true', 'false'] };
  expect(holds(boolean, 'true')).toBe(true);
  expect(holds(boolean, 'false')).toBe(true);
  for (const bad of ['maybe', 'yes', '2', 'TRUE', 'true ']) expect(holds(boolean, bad), bad).toBe(false);
});

test('equalsParameter: equal holds, different fails, absent other parameter is not this rule', () => {
  const equals = { ...base, kind: 'equalsParameter', parameter: 'password' } as const;
  expect(holds(equals, 'secret1', { password: ['secret1'] })).toBe(true);
  expect(holds(equals, 'secret2', { password: ['secret1'] })).toBe(false);
  expect(holds(equals, 'Secret1', { password: ['secret1'] })).toBe(false);
  expect(holds(equals, 'secret1', {})).toBe(true);
  expect(holds(equals, 'secret1', { password: [''] })).toBe(true);
});

test('withinBillingCycle: yesterday to the same day next month (clamped to its end), from today 2024-01-31', () => {
  const cycle = { ...base, kind: 'withinBillingCycle' } as const;
  expect(holds(cycle, '2024-01-30')).toBe(true);
  expect(holds(cycle, '2024-01-29')).toBe(false);
  expect(holds(cycle, '2024-01-31')).toBe(true);
  expect(holds(cycle, '2024-02-27')).toBe(true);
  expect(holds(cycle, '2024-02-29')).toBe(true);
  expect(holds(cycle, '2024-03-01')).toBe(false);
  expect(holds(cycle, '2024-03-04')).toBe(false);
  expect(holds(cycle, 'not-a-date')).toBe(true);
});

test('withinBillingCycle: across a year end', () => {
  const cycle = { ...base, kind: 'withinBillingCycle' } as const;
  const december = { ...context, today: '2024-12-15' };
  const rule = rules.withinBillingCycle;
  expect(rule.holds('2025-01-15', cycle, new Map(), december)).toBe(true);
  expect(rule.holds('2025-01-16', cycle, new Map(), december)).toBe(false);
  expect(rule.holds('2024-12-14', cycle, new Map(), december)).toBe(true);
  expect(rule.holds('2024-12-13', cycle, new Map(), december)).toBe(false);
});

test('ownedBy: items of the account hold, others fail', () => {
  expect(holds({ ...base, kind: 'ownedBy', collection: 'packages' }, 'Gold')).toBe(true);
  expect(holds({ ...base, kind: 'ownedBy', collection: 'packages' }, 'gold')).toBe(false);
  expect(holds({ ...base, kind: 'ownedBy', collection: 'ips' }, '198.51.100.10')).toBe(true);
  expect(holds({ ...base, kind: 'ownedBy', collection: 'ips' }, '198.51.100.11')).toBe(false);
  expect(holds({ ...base, kind: 'ownedBy', collection: 'ipGroups' }, 'pool')).toBe(true);
  expect(holds({ ...base, kind: 'ownedBy', collection: 'whitelabels' }, 'other.example')).toBe(false);
});

test('notTaken and registeredCustomer ask the context', () => {
  expect(holds({ ...base, kind: 'notTaken' }, 'free@example.com')).toBe(true);
  expect(holds({ ...base, kind: 'notTaken' }, 'taken@example.com')).toBe(false);
  expect(holds({ ...base, kind: 'registeredCustomer' }, 'mine@example.com')).toBe(true);
  expect(holds({ ...base, kind: 'registeredCustomer' }, 'taken@example.com')).toBe(false);
});

test('domainNotSendGrid: sendgrid.com anywhere in the domain, any case, fails', () => {
  const rule = { ...base, kind: 'domainNotSendGrid' } as const;
  expect(holds(rule, 'a@example.com')).toBe(true);
  expect(holds(rule, 'sendgrid.com@example.com')).toBe(true);
  for (const bad of ['a@sendgrid.com', 'a@SendGrid.com', 'a@eu.sendgrid.com', 'a@SENDGRID.COM.example'])
    expect(holds(rule, bad), bad).toBe(false);
});

test('lenientDate: what a lenient reader makes of a non-date (impossible parts roll over, m/d/yy is 20yy)', () => {
  expect(lenientDate('2024-04-31')).toBe('2024-05-01');
  expect(lenientDate('2023-02-30')).toBe('2023-03-02');
  expect(lenientDate('2024-04-40')).toBe('2024-05-10');
  expect(lenientDate('2024-13-05')).toBe('2025-01-05');
  expect(lenientDate('2025-00-10')).toBe('2024-12-10');
  expect(lenientDate('2024-05-00')).toBe('2024-04-30');
  expect(lenientDate('2/28/11')).toBe('2011-02-28');
  expect(lenientDate('2024-02-29')).toBe('2024-02-29');
  for (const none of ['abcd-ef-gh', '2024-1-01', '', '28.02.2011']) expect(lenientDate(none), none).toBeUndefined();
});
