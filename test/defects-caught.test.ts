import { expect, test } from '@playwright/test';
import { DEFECTS } from '../emulator/defects/catalogue.ts';
import { annotated } from './mutation/mutation-row.ts';
import { batchOnce } from './support/run-conformance-batch.ts';

// Validation rules broken by emulator defects: the conformance run must fail and a failing test must
// name each broken requirement; the clean emulator must pass the same selection.
// Tests are titled by the requirement they check; `grep` selects others where the broken rule is not a
// title. `named`: the defect's broken requirements this selection must name (default: all of them).
const VERBS = 'POST gives the same answers';
const CAUGHT: Array<{ name: string; grep?: string; named?: string[] }> = [
  { name: 'username-limit-off-by-one' },
  { name: 'password-min-length-five' },
  { name: 'confirm-password-not-compared' },
  { name: 'enable-unknown-user-succeeds', grep: 'enable\\.user\\.registered', named: ['enable.user.registered'] },
  { name: 'refused-create-still-stores', grep: 'create\\.email\\.format' },
  { name: 'non-reseller-served', grep: 'non-reseller' },
  {
    name: 'json-errors-as-string',
    grep:
      '(create\\.email|delete\\.user|update_profile\\.user|update_password\\.user|' +
      'update_username\\.user|update_email\\.user)\\.required',
  },
  // Impossible dates rolled over into the window, m/d/yy read as the example writes it: caught on the format.
  { name: 'billing-date-rolled-over' },
  { name: 'billing-date-us-format-accepted' },
  // Limits read too tightly: the valid calls at the limit fail, under the limit's own requirement.
  { name: 'username-limit-tightened', grep: validCalls('create') },
  { name: 'password-min-length-tightened', grep: validCalls('create') },
  { name: 'rename-limit-tightened', grep: validCalls('update_username') },
  { name: 'set-email-limit-tightened', grep: validCalls('update_email') },
  // Limits read as another operation's, tighter: values well inside the documented limit are refused.
  { name: 'rename-limit-from-create', grep: validCalls('update_username') },
  { name: 'independent-set-email-limit-from-create', grep: validCalls('update_email') },
  // A refused valid call blamed on the rule its variants show: the verb (the same call by GET accepted), the
  // value (the documents' example zip accepted), the empty list (the full list does not show the name).
  { name: 'post-body-ignored', grep: `${VERBS}|${validCalls('create')}` },
  { name: 'independent-zip-validated-as-postal-code', grep: validCalls('create') },
  { name: 'independent-empty-list-as-error', grep: `delete\\.user\\.registered|${validCalls('retrieve')}` },
  // A full list that lags behind after profile and email updates: the operations' effects, not the verb.
  { name: 'independent-list-cache-stale-after-update', grep: VERBS },
];
const RUNS = 6;

function validCalls(operation: string): string {
  return `${operation} (JSON|XML) valid calls`;
}

const defects = CAUGHT.map(({ name, grep, named }) => {
  const defect = DEFECTS.find((candidate) => candidate.name === name);
  if (!defect) throw new Error(`emulator/defects/catalogue.ts has no defect "${name}"`);
  return { ...defect, grep: grep ?? grepFor(defect.breaks), named: named ?? defect.breaks };
});
function grepFor(requirements: string[]): string {
  return requirements.map((id) => id.replaceAll('.', '\\.')).join('|');
}
// One batch run (a project per defect, and the clean emulator) for the whole file, in one worker.
test.describe.configure({ mode: 'default', timeout: 900_000 });
const CLEAN = 'clean';
const runOf = batchOnce(
  [
    { name: CLEAN, grep: defects.map((defect) => defect.grep).join('|') },
    // A defect's few tests in one worker: one worker start each.
    ...defects.map((defect) => ({ name: defect.name, defects: [defect.name], grep: defect.grep, workers: 1 })),
  ],
  { runs: RUNS, workers: 2 },
);

for (const defect of defects) {
  test(`the suite catches ${defect.name}`, async () => {
    const run = await runOf(defect.name);
    const failed = run.outcomes.filter((outcome) => outcome.status === 'failed');
    expect(failed.length, 'a test fails').toBeGreaterThan(0);
    for (const requirement of defect.named) {
      expect(
        failed
          .filter((outcome) => annotated(outcome, 'violated').includes(requirement))
          .map((outcome) => outcome.title),
        `a failing test names ${requirement}`,
      ).not.toEqual([]);
    }
  });
}

test('the clean emulator passes the same selection', async () => {
  const run = await runOf(CLEAN);
  const notPassed = run.outcomes.filter((outcome) => outcome.status !== 'passed');
  expect(
    notPassed.map((outcome) => `${outcome.title}: ${outcome.status} ${outcome.errors.join(' ').slice(0, 600)}`),
  ).toEqual([]);
  expect(run.outcomes.length).toBeGreaterThanOrEqual(defects.length * 2);
});
