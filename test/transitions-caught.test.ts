import { expect, test } from '@playwright/test';
import { DEFECTS } from '../emulator/defects/catalogue.ts';
import { annotated } from './mutation/mutation-row.ts';
import { batchOnce } from './support/run-conformance-batch.ts';

// Every transition test (specs/transitions/) and scenario check across operations (specs/across/:
// races, tenants, credentials) can fail: an emulator defect that breaks its rule makes it fail, in
// both formats, naming the broken requirement; the clean emulator passes them all.
// `grep` selects the test by its title (both formats).
const CAUGHT: Array<{ defect: string; grep: string }> = [
  { defect: 'created-customer-loses-phone', grep: 'create: the customer is listed with every value sent' },
  { defect: 'duplicate-create-overwrites', grep: 'create: a duplicate username is refused' },
  { defect: 'disable-does-nothing', grep: 'disable: the customer is listed with active' },
  { defect: 'enable-does-nothing', grep: 'enable: a disabled customer is listed' },
  { defect: 'website-access-changes-active', grep: 'website_(enable|disable): succeeds, leaves active' },
  { defect: 'profile-update-clears-unsent', grep: 'update_profile: the named fields change' },
  { defect: 'password-update-skips-confirmation', grep: 'update_password: succeeds; a mismatched' },
  { defect: 'rename-does-nothing', grep: 'update_username: listed under the new name' },
  { defect: 'rename-allows-sendgrid-domain', grep: 'update_username: a taken name, a non-email' },
  { defect: 'set-email-ignored', grep: 'update_email: the new email is listed' },
  { defect: 'independent-set-email-renames-login', grep: 'update_email: the new email is listed' },
  { defect: 'deleted-username-reusable', grep: 'delete: no longer listed' },
  { defect: 'city-filter-ignored', grep: 'retrieve: each filter alone and several combined' },
  { defect: 'enable-grants-website-access', grep: 'enable: "will not enable website access"' },
  { defect: 'list-shows-password', grep: 'retrieve: "passwords cannot be retrieved"' },
  { defect: 'independent-rename-recreates-customer', grep: 'update_username: a disabled customer without website' },
  { defect: 'independent-profile-update-reactivates', grep: 'update_profile: a disabled customer without website' },
  { defect: 'profile-update-ignores-company', grep: 'update_profile: a field never listed' },
  { defect: 'create-uniqueness-race', grep: 'race: two creates of one username' },
  { defect: 'rename-uniqueness-race', grep: 'race: two renames to the same username' },
  { defect: 'rename-unique-per-reseller', grep: 'a second reseller cannot see, manage' },
  { defect: 'username-filter-searches-every-reseller', grep: 'a second reseller cannot see, manage' },
  { defect: 'api-key-of-any-reseller', grep: 'crossed-key: every operation is refused' },
  { defect: 'independent-api-key-prefix-compare', grep: 'extended-key: every operation is refused' },
  { defect: 'independent-billing-date-today-refused', grep: 'billing dates around today' },
];

// One batch run (a project per defect, and the clean emulator) for the whole file, in one worker.
test.describe.configure({ mode: 'default', timeout: 900_000 });
const CLEAN = 'clean';
// Scenarios whose set-up creates a customer before the call they check.
const SET_UP = { name: 'set-up create', defect: 'created-customer-loses-phone' };
const AFTER_SET_UP = ['create: a duplicate username is refused', 'update_profile: the named fields change'];
const runOf = batchOnce(
  [
    { name: CLEAN, grep: CAUGHT.map(({ grep }) => `(${grep})`).join('|') },
    {
      name: SET_UP.name,
      defects: [SET_UP.defect],
      grep: AFTER_SET_UP.map((grep) => `(${grep})`).join('|'),
      workers: 1,
    },
    // A defect's few tests in one worker: one worker start each.
    ...CAUGHT.map(({ defect, grep }) => ({ name: defect, defects: [defect], grep, workers: 1 })),
  ],
  { workers: 2 },
);

for (const { defect: name, grep } of CAUGHT) {
  test(`the transition test "${grep}" catches ${name}`, async () => {
    const defect = DEFECTS.find((candidate) => candidate.name === name);
    expect(defect, `${name} is registered in DEFECTS (emulator/defects/catalogue.ts)`).toBeDefined();
    const run = await runOf(name);
    const failed = run.outcomes.filter((outcome) => outcome.status === 'failed');
    const missing = (defect?.breaks ?? []).filter(
      (requirement) => !failed.some((outcome) => annotated(outcome, 'violated').includes(requirement)),
    );
    expect({ selected: run.outcomes.length, failed: failed.length, notNamed: missing }).toEqual({
      selected: run.outcomes.length,
      failed: run.outcomes.length,
      notNamed: [],
    });
    expect(run.outcomes.length, 'the selection holds the test in both formats').toBeGreaterThanOrEqual(2);
  });
}

test('the clean emulator passes every transition test', async () => {
  const run = await runOf(CLEAN);
  const notPassed = run.outcomes.filter((outcome) => outcome.status !== 'passed');
  expect(
    notPassed.map((outcome) => `${outcome.title}: ${outcome.status} ${outcome.errors.join(' ').slice(0, 600)}`),
  ).toEqual([]);
  // Some tests catch more than one defect: each selected test counts once, in both formats.
  expect(run.outcomes.length).toBeGreaterThanOrEqual(new Set(CAUGHT.map(({ grep }) => grep)).size * 2);
});

// A fault of the create a scenario sets up with is the create's, found where it first shows; the checks after it
// judge only the calls they were written for.
test(`a set-up create under ${SET_UP.defect} is blamed on the create, not on the checks after it`, async () => {
  const run = await runOf(SET_UP.name);
  expect(run.outcomes.length, 'both tests in both formats').toBeGreaterThanOrEqual(AFTER_SET_UP.length * 2);
  const violated = new Set(run.outcomes.flatMap((outcome) => annotated(outcome, 'violated')));
  expect([...violated].sort()).toEqual(DEFECTS.find((defect) => defect.name === SET_UP.defect)?.breaks);
});
