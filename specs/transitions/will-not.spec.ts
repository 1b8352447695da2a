import { contractFormats } from '../../lib/contracts/formats.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import type { OperationId } from '../../lib/contracts/types.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { test } from './fixtures.ts';
import type { Answer } from './support/answer.ts';
import type { Scenario } from './support/scenario.ts';
import { described } from './support/transition.ts';

// What a call is documented NOT to do, checked wherever it can be seen. The others have their tests
// elsewhere: website_enable / website_disable leave active (state-transitions.spec.ts), delete is not
// disabling (delete: no longer listed), a refused call changes nothing (every *.refusal.no-effect).
// Also what a call that changes other values must not touch: a rename or a profile update leaves a
// disabled customer without website access as it was.

const on = (operationId: OperationId, username: string) => subjectPairs(loadOperation(operationId), username);
const sets = (operationId: OperationId) => {
  const effect = loadOperation(operationId).effect;
  if (effect.kind !== 'sets') throw new Error(`${operationId} does not set a field`);
  return effect;
};
const websiteField = () => sets('website_disable').field;

/**
 * The values retrieve shows for `username`: undefined when retrieve failed (recorded by `list`),
 * no values when it is not listed.
 */
async function listedValues(
  s: Scenario,
  username: string,
): Promise<{ answer: Answer; values: string[] | undefined } | undefined> {
  const listing = await s.list();
  if (!listing) return undefined;
  const entry = listing.customers.find((candidate) => candidate['username'] === username);
  return { answer: listing.answer, values: entry ? Object.values(entry) : undefined };
}

/**
 * A customer disabled and without website access, seen so in the listing before the call under test:
 * undefined when that setup failed (recorded against disable and website_disable, not the call under test).
 */
async function disabledWithoutWebsiteAccess(s: Scenario): Promise<{ username: string } | undefined> {
  const customer = await s.create();
  if (
    !customer ||
    !(await s.succeed('website_disable', on('website_disable', customer.username))) ||
    !(await s.succeed('disable', on('disable', customer.username)))
  )
    return undefined;
  const field = websiteField();
  const failuresBefore = s.findings.failures.length;
  await s.expectListing(
    (mismatch) => (mismatch.field === field ? sets('website_disable') : sets('disable')).fieldRequirement,
    `after website_disable and disable the customer is listed with active "false" and ${field} "false" where listed`,
  );
  return s.findings.failures.length === failuresBefore ? customer : undefined;
}

const { fieldRequirement: enableActive, unchangedRequirement } = sets('enable');
const websiteAccessUnchanged = unchangedRequirement!;

for (const format of contractFormats()) {
  test.describe(`${format}`, () => {
    test(
      'enable: "will not enable website access": ' +
        'a disabled customer without website access is enabled, website access stays off where listed',
      described('enable', format, [websiteAccessUnchanged, enableActive], ['@transition', '@will-not']),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await s.create();
        const field = websiteField();
        if (
          customer &&
          (await s.succeed('website_disable', on('website_disable', customer.username))) &&
          (await s.succeed('disable', on('disable', customer.username))) &&
          (await s.succeed('enable', on('enable', customer.username)))
        ) {
          const listed = await s.expectListing(
            (mismatch) => (mismatch.field === field ? websiteAccessUnchanged : enableActive),
            `enable lets the customer send again (active "true") and leaves ${field} as website_disable set it`,
          );
          if (listed.find((entry) => entry['username'] === customer.username)?.[field] === undefined) {
            s.findings.notApplicable(websiteAccessUnchanged, `the target does not list ${field}`);
          }
        }
        await s.findings.report();
      },
    );

    test(
      'retrieve: "passwords cannot be retrieved": no listed value is the password sent with create or update_password',
      described('retrieve', format, ['retrieve.answer.no-password'], ['@transition', '@will-not']),
      async ({ scenario }) => {
        const s = scenario(format);
        const [first, second] = [`Pw${s.names.unique()}`, `Pw${s.names.unique()}`];
        const customer = await s.create({ password: first });
        const leaked = async (passwords: string[], after: string) => {
          if (!customer) return;
          const listed = await listedValues(s, customer.username);
          if (!listed) return;
          const { answer, values } = listed;
          if (!values)
            return s.findings.fail(
              'create.effect.listed',
              'a created customer is listed',
              answer,
              `${customer.username} is not listed ${after}`,
            );
          const shown = passwords.filter((password) => values.includes(password));
          if (shown.length > 0)
            s.findings.fail(
              'retrieve.answer.no-password',
              `passwords are encrypted and cannot be retrieved (${after})`,
              answer,
              `the list entry of ${customer.username} shows the password ${shown.join(', ')}`,
            );
        };
        await leaked([first], 'after create');
        if (
          customer &&
          (await s.succeed('update_password', [
            ...on('update_password', customer.username),
            ['password', second],
            ['confirm_password', second],
          ]))
        ) {
          await leaked([first, second], 'after update_password');
        }
        await s.findings.report();
      },
    );

    test(
      'update_username: a disabled customer without website access keeps both states under its new name',
      described('update_username', format, ['update_username.effect.listed-new-name'], ['@transition', '@will-not']),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await disabledWithoutWebsiteAccess(s);
        if (
          customer &&
          (await s.succeed('update_username', [
            ...on('update_username', customer.username),
            ['username', s.names.username()],
          ]))
        ) {
          await s.expectListing(
            () => 'update_username.effect.listed-new-name',
            'after setUsername the customer is listed under the new name with its other values: ' +
              'still disabled, and without website access where listed',
          );
        }
        await s.findings.report();
      },
    );

    test(
      'update_profile: a disabled customer without website access stays so',
      described(
        'update_profile',
        format,
        ['update_profile.effect.others-unchanged', 'update_profile.effect.fields-changed'],
        ['@transition', '@will-not'],
      ),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await disabledWithoutWebsiteAccess(s);
        if (
          customer &&
          (await s.succeed('update_profile', [
            ...on('update_profile', customer.username),
            ['city', s.names.text('city', 'update_profile')],
          ]))
        ) {
          await s.expectListing(
            (mismatch) =>
              mismatch.field === 'city'
                ? 'update_profile.effect.fields-changed'
                : 'update_profile.effect.others-unchanged',
            'after update_profile of city the customer is listed with the new city and its other values: ' +
              'still disabled, and without website access where listed',
          );
        }
        await s.findings.report();
      },
    );
  });
}
