import { expect, test } from '@playwright/test';
import { DEFECTS } from '../emulator/defects/catalogue.ts';
import { runConformance, type TestOutcome } from './support/run-conformance.ts';

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
  { defect: 'deleted-username-reusable', grep: 'delete: no longer listed' },
  { defect: 'city-filter-ignored', grep: 'retrieve: each filter alone and several combined' },
  { defect: 'enable-grants-website-access', grep: 'enable: "will not enable website access"' },
  { defect: 'list-shows-password', grep: 'retrieve: "passwords cannot be retrieved"' },
  { defect: 'profile-update-ignores-company', grep: 'update_profile: a field never listed' },
  { defect: 'create-uniqueness-race', grep: 'race: two creates of one username' },
  { defect: 'rename-uniqueness-race', grep: 'race: two renames to the same username' },
  { defect: 'rename-unique-per-reseller', grep: 'a second reseller cannot see, manage' },
  { defect: 'username-filter-searches-every-reseller', grep: 'a second reseller cannot see, manage' },
  { defect: 'api-key-of-any-reseller', grep: 'crossed-key: every operation is refused' },
  { defect: 'independent-api-key-prefix-compare', grep: 'extended-key: every operation is refused' },
  { defect: 'independent-billing-date-today-refused', grep: 'billing dates around today' },
];

const named = (outcome: TestOutcome) =>
  outcome.annotations
    .filter((annotation) => annotation.type === 'violated')
    .map((annotation) => annotation.description);

test.describe.configure({ mode: 'parallel', timeout: 120_000 });

for (const { defect: name, grep } of CAUGHT) {
  test(`the transition test "${grep}" catches ${name}`, async () => {
    const defect = DEFECTS.find((candidate) => candidate.name === name);
    expect(defect, `${name} is registered in DEFECTS (emulator/defects/catalogue.ts)`).toBeDefined();
    const run = await runConformance({ defects: [name], grep, workers: 1 });
    const failed = run.outcomes.filter((outcome) => outcome.status === 'failed');
    const missing = (defect?.breaks ?? []).filter(
      (requirement) => !failed.some((outcome) => named(outcome).includes(requirement)),
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
  const run = await runConformance({ grep: CAUGHT.map(({ grep }) => `(${grep})`).join('|'), workers: 1 });
  const notPassed = run.outcomes.filter((outcome) => outcome.status !== 'passed');
  expect(
    notPassed.map((outcome) => `${outcome.title}: ${outcome.status} ${outcome.errors.join(' ').slice(0, 600)}`),
  ).toEqual([]);
  expect(run.outcomes.length).toBeGreaterThanOrEqual(CAUGHT.length * 2);
});
