import { expect, test } from '@playwright/test';
import { loadOperation } from '../contracts/load.ts';
import type { OperationId } from '../contracts/types.ts';
import { compareListing } from './compare-listing.ts';
import { matchingCustomers } from './matching-customers.ts';
import { acceptedKinds } from './prediction.ts';
import { ResellerModel } from './reseller-model.ts';

const op = (id: OperationId) => loadOperation(id);

/** What a valid create sends that the list shows back as it was sent. */
const LISTED_PROFILE = {
  first_name: 'Ann',
  last_name: 'Lee',
  address: '1 Road',
  city: 'Town',
  state: 'CA',
  zip: '91234',
  country: 'US',
  phone: '555',
  website: 'example.com',
};

function createPairs(username: string, overrides: Record<string, string> = {}): Array<[string, string]> {
  const values: Record<string, string> = {
    username,
    password: 'secret12',
    confirm_password: 'secret12',
    email: `mail-${username}`,
    ...LISTED_PROFILE,
    company: 'Acme',
    package: 'Silver Package',
    whitelabel: 'mail.example',
    ...overrides,
  };
  return Object.entries(values);
}

test('a valid create is predicted success and lists every listedAs field with active "true"', () => {
  const model = new ResellerModel();
  const pairs = createPairs('a@example.com');
  expect(model.predict(op('create'), pairs).outcome).toBe('success');
  model.apply(op('create'), pairs);
  expect(model.customers.get('a@example.com')?.listed).toEqual({
    username: 'a@example.com',
    email: 'mail-a@example.com',
    ...LISTED_PROFILE,
    active: 'true',
  });
  expect(model.customers.get('a@example.com')?.unlisted['company']).toBe('Acme');
});

test('refusals follow the contract constraints and their answer kinds', () => {
  const model = new ResellerModel();
  model.apply(op('create'), createPairs('a@example.com'));
  const duplicate = model.predict(op('create'), createPairs('a@example.com'));
  expect([duplicate.outcome, duplicate.violations.map((v) => v.requirement)]).toEqual([
    'refused',
    ['create.username.not-taken'],
  ]);
  const mismatch = model.predict(op('create'), createPairs('b@example.com', { confirm_password: 'other123' }), [
    { parameter: 'confirm_password', rule: 'equalsParameter' },
  ]);
  expect(mismatch.violations.map((v) => v.requirement)).toEqual(['create.confirm_password.matches-password']);
  const short = model.predict(op('create'), createPairs('b@example.com', { password: 'ab', confirm_password: 'ab' }), [
    { parameter: 'password', rule: 'minLength' },
    { parameter: 'confirm_password', rule: 'minLength' },
  ]);
  expect([short.outcome, short.violations.map((v) => v.requirement)]).toEqual([
    'refused',
    ['create.password.min-length', 'create.confirm_password.min-length'],
  ]);
  expect(model.predict(op('disable'), [['user', 'nobody@example.com']]).refusal).toEqual(['user-not-found']);
  expect(model.predict(op('delete'), [['user', 'nobody@example.com']]).refusal.sort()).toEqual([
    'error-list',
    'user-not-found',
  ]);
  expect(model.predict(op('delete'), [['user', 'a@example.com']], [], 'wrong').refusal).toEqual(
    op('delete').answers.unauthenticated,
  );
  const noCompany = createPairs('c@example.com').filter(([name]) => name !== 'company');
  expect(model.predict(op('create'), noCompany, [{ parameter: 'company', rule: 'missing' }]).outcome).toBe('either');
  // A left-out password is the password's rule: the equality confirm_password keeps with it is not judged.
  const noPassword = createPairs('d@example.com').filter(([name]) => name !== 'password');
  const leftOut = model.predict(op('create'), noPassword, [
    { parameter: 'password', rule: 'missing' },
    { parameter: 'confirm_password', rule: 'equalsParameter' },
  ]);
  expect(leftOut.violations.map((v) => v.requirement)).toEqual(['create.password.required']);
});

test('the model judges a call by what its generator says it broke and by its own state, not by the values', () => {
  const model = new ResellerModel();
  // Values the rule engine would refuse are success for the model when the generator declares no breakage:
  // the expectation comes from what the case was built to be, so a rule engine bug cannot move it.
  const undeclared = createPairs('a@example.com', { username: 'x'.repeat(200), confirm_password: 'other123' });
  expect(model.predict(op('create'), undeclared).outcome).toBe('success');
  // A breakage of a rule the operation's parameter does not have breaks nothing: delete's user has no format.
  expect(
    model.predict(op('delete'), [['user', 'no-email']], [{ parameter: 'user', rule: 'format' }]).violations,
  ).toEqual([expect.objectContaining({ requirement: 'delete.user.registered' })]);
  // A name renamed away may or may not stay held (undocumented): either answer.
  model.apply(op('create'), createPairs('old@example.com'));
  model.apply(op('update_username'), [
    ['user', 'old@example.com'],
    ['username', 'new@example.com'],
  ]);
  expect(model.predict(op('create'), createPairs('old@example.com')).outcome).toBe('either');
});

test('sets, updates, renames and deletes follow the effect data', () => {
  const model = new ResellerModel();
  model.apply(op('create'), createPairs('a@example.com'));
  model.apply(op('disable'), [
    ['user', 'a@example.com'],
    ['username', 'a@example.com'],
  ]);
  model.apply(op('website_disable'), [['user', 'a@example.com']]);
  model.apply(op('update_profile'), [
    ['user', 'a@example.com'],
    ['city', 'Elsewhere'],
    ['company', 'Other'],
  ]);
  const customer = model.customers.get('a@example.com');
  expect([
    customer?.listed['active'],
    customer?.listed['city'],
    customer?.listed['state'],
    customer?.listedIfShown['website_access'],
    customer?.unlisted['company'],
  ]).toEqual(['false', 'Elsewhere', 'CA', 'false', 'Other']);
  model.apply(op('update_username'), [
    ['user', 'a@example.com'],
    ['username', 'z@example.com'],
  ]);
  expect([...model.customers.keys()]).toEqual(['z@example.com']);
  expect(model.predict(op('enable'), [['user', 'a@example.com']]).outcome).toBe('refused');
  expect(model.predict(op('create'), createPairs('a@example.com')).outcome).toBe('either');
  model.apply(op('delete'), [['user', 'z@example.com']]);
  expect(model.customers.size).toBe(0);
  expect(model.predict(op('create'), createPairs('z@example.com')).outcome).toBe('refused');
  expect(acceptedKinds(model.predict(op('retrieve'), []))).toEqual(['customer-list']);
});

test('compareListing reports missing, unexpected, duplicated and differing customers, in scope only', () => {
  const model = new ResellerModel();
  model.apply(op('create'), createPairs('a@run.example'));
  model.apply(op('create'), createPairs('b@run.example'));
  model.apply(op('website_enable'), [['user', 'a@run.example']]);
  const a = { ...model.customers.get('a@run.example')!.listed, website_access: 'false' };
  const listed = [a, { ...a, city: 'X' }, { username: 'c@run.example' }, { username: 'other@elsewhere.example' }];
  const problems = compareListing(model.customers, listed, (name) => name.endsWith('@run.example'));
  expect(problems.map((p) => `${p.username} ${p.problem} ${p.field ?? ''}`)).toEqual([
    'a@run.example field differs website_access',
    'a@run.example listed more than once ',
    'a@run.example field differs city',
    'a@run.example field differs website_access',
    'c@run.example listed but not expected ',
    'b@run.example not listed ',
  ]);
  const fine = [...model.customers.values()].map((c) => ({
    ...c.listed,
    website_access: c.listedIfShown['website_access'],
  }));
  expect(compareListing(model.customers, fine, () => true)).toEqual([]);
});

test('matchingCustomers filters by listed fields and by unlisted company, all filters combined', () => {
  const model = new ResellerModel();
  model.apply(op('create'), createPairs('a@example.com', { city: 'One', company: 'K1' }));
  model.apply(op('create'), createPairs('b@example.com', { city: 'One', company: 'K2' }));
  model.apply(op('disable'), [['user', 'b@example.com']]);
  const names = (filters: Array<[string, string]>) => [
    ...matchingCustomers(op('retrieve'), model.customers, filters).keys(),
  ];
  expect(names([['city', 'One']])).toEqual(['a@example.com', 'b@example.com']);
  expect(
    names([
      ['city', 'One'],
      ['company', 'K2'],
    ]),
  ).toEqual(['b@example.com']);
  expect(names([['active', 'true']])).toEqual(['a@example.com']);
  expect(names([['city', 'Two']])).toEqual([]);
});

test('a model holding a list expects it unchanged; a website call moves website_access only where listed', () => {
  const shown = { username: 'ann@run.example', email: 'ann@mail.example', active: 'true', website_access: 'true' };
  const inScope = () => true;
  const refusedCall = ResellerModel.holding(
    new Map([
      [shown.username, shown],
      ['gone@run.example', undefined],
    ]),
  );
  expect(compareListing(refusedCall.customers, [shown], inScope)).toEqual([]);
  expect(compareListing(refusedCall.customers, [{ ...shown, email: 'other@mail.example' }], inScope)).toEqual([
    expect.objectContaining({ problem: 'field differs', field: 'email' }),
  ]);
  expect(compareListing(refusedCall.customers, [shown, { username: 'gone@run.example' }], inScope)).toEqual([
    { username: 'gone@run.example', problem: 'listed but not expected' },
  ]);
  // A field the contracts do not name (the list envelope allows it) may change: it is not the model's.
  const stamped = ResellerModel.holding(new Map([[shown.username, { ...shown, updated_at: '1' }]]));
  expect(compareListing(stamped.customers, [{ ...shown, updated_at: '2' }], inScope)).toEqual([]);

  const disabled = ResellerModel.holding(new Map([[shown.username, shown]]));
  disabled.apply(op('website_disable'), [['user', shown.username]]);
  const { website_access: _, ...withoutFlag } = shown;
  expect(compareListing(disabled.customers, [withoutFlag], inScope)).toEqual([]);
  expect(compareListing(disabled.customers, [{ ...shown, website_access: 'false' }], inScope)).toEqual([]);
  expect(compareListing(disabled.customers, [shown], inScope)).toEqual([
    expect.objectContaining({ problem: 'field differs', field: 'website_access', expected: 'false' }),
  ]);
});

test('a create the model cannot name (no username sent) leaves nothing to list', () => {
  const model = new ResellerModel();
  model.apply(
    op('create'),
    createPairs('x@run.example').filter(([name]) => name !== 'username'),
  );
  expect(model.customers.size).toBe(0);
});

test('the model tells a name a rename gave from one it left, and a flag already set from a first call', () => {
  const model = new ResellerModel();
  model.apply(op('create'), createPairs('a@example.com'));
  const on = (username: string): Array<[string, string]> => [['user', username]];
  expect(model.renameOf(op('enable'), on('a@example.com'))).toBeUndefined();
  expect(model.alreadySet(op('enable'), on('a@example.com'))).toBe(true);
  expect(model.alreadySet(op('disable'), on('a@example.com'))).toBe(false);
  model.apply(op('update_username'), [...on('a@example.com'), ['username', 'b@example.com']]);
  expect(model.renameOf(op('enable'), on('b@example.com'))).toBe('new-name');
  expect(model.renameOf(op('enable'), on('a@example.com'))).toBe('old-name');
  model.apply(op('delete'), on('b@example.com'));
  expect(model.renameOf(op('enable'), on('b@example.com'))).toBeUndefined();
});

test('a model forgets what a list contradicted and judges only later calls: each difference is blamed once', () => {
  const model = new ResellerModel();
  model.apply(op('create'), createPairs('a@example.com'));
  model.apply(op('create'), createPairs('b@example.com'));
  const judged = (username: string) => model.judges(username);
  const shown: Record<string, string> = { ...model.customers.get('a@example.com')!.listed, phone: '', city: 'Else' };
  const { website: _, ...withoutWebsite } = shown;
  const stranger = { username: 'c@example.com' };
  const differences = compareListing(model.customers, [withoutWebsite, stranger], judged);
  expect(differences.map(({ field, problem }) => field ?? problem).sort()).toEqual([
    'city',
    'listed but not expected',
    'not listed',
    'phone',
    'website',
  ]);

  model.forget(differences);
  expect(compareListing(model.customers, [withoutWebsite, stranger], judged)).toEqual([]);
  // What was forgotten is not taken from the list either: the value sent, listed late, agrees as well.
  expect(compareListing(model.customers, [{ ...shown, city: 'Town' }], judged)).toEqual([]);
  model.apply(op('disable'), [['user', 'a@example.com']]);
  expect(compareListing(model.customers, [withoutWebsite], judged)).toEqual([
    expect.objectContaining({ field: 'active', expected: 'false', listed: 'true' }),
  ]);
  // A call that names a forgotten customer again makes it the model's to judge.
  model.apply(op('create'), createPairs('c@example.com'));
  expect(compareListing(model.customers, [withoutWebsite], judged)).toEqual([
    expect.objectContaining({ field: 'active' }),
    { username: 'c@example.com', problem: 'not listed' },
  ]);
});
