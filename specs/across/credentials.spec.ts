import { contractFormats } from '../../lib/contracts/formats.ts';
import { loadOperation, loadOperations } from '../../lib/contracts/load.ts';
import { test } from '../transitions/fixtures.ts';
import type { Caller } from '../transitions/support/customer-api.ts';
import { subjectOperations, validCallOn } from '../transitions/support/manage-calls.ts';
import { described } from '../transitions/support/transition.ts';

const cases: Array<[Exclude<Caller, 'reseller' | 'second-reseller'>, string]> = [
  ['wrong-key', 'api.auth.wrong-credentials'],
  // The right key with a character more is a wrong key too (a prefix comparison accepts it).
  ['extended-key', 'api.auth.wrong-credentials'],
  ['no-credentials', 'api.auth.required'],
  // Another reseller's valid key with this reseller's api_user: a key is bound to its own user.
  ['crossed-key', 'api.auth.key-bound-to-user'],
  // Evidence is recorded real answers, not the seeds: an account without the reseller right.
  ['non-reseller', 'api.auth.not-reseller'],
];

for (const format of contractFormats()) {
  for (const [caller, requirement] of cases) {
    test(
      `${format} ${caller}: every operation is refused with an error and changes nothing`,
      described('*', format, [requirement, 'api.answer.error-shapes'], ['@credentials']),
      async ({ scenario, secondResellerConfigured, target }) => {
        test.skip(
          caller === 'crossed-key' && !secondResellerConfigured,
          'the target profile names no secondReseller: no other valid api_key to send',
        );
        test.skip(
          caller === 'non-reseller' && target.nonResellerAccount === undefined,
          'the target profile names no nonResellerAccount (an account without the reseller right)',
        );
        const s = scenario(format);
        const stranger = scenario(format, { caller });
        // The crossed key's owner must not have gained anything either.
        const keyOwner = caller === 'crossed-key' ? scenario(format, { caller: 'second-reseller' }) : undefined;
        const customer = await s.create();
        if (customer) {
          for (const operation of loadOperations()) {
            const pairs =
              operation.id === 'create'
                ? s.createPairs(s.names.username())
                : operation.id === 'retrieve'
                  ? []
                  : validCallOn(operation.id, customer.username, s.names);
            if (!subjectOperations.includes(operation.id) && operation.id !== 'create' && operation.id !== 'retrieve')
              throw new Error(`no call built for ${operation.id}`);
            await stranger.refused(
              operation.id,
              pairs,
              loadOperation(operation.id).answers.unauthenticated,
              requirement,
              `${operation.id} without valid credentials is refused`,
            );
            await s.expectListing(() => requirement, `${operation.id} without valid credentials changes nothing`);
            await keyOwner?.expectListing(
              () => requirement,
              `${operation.id} with this key changes nothing for the key's own reseller`,
            );
          }
        }
        await s.findings.report();
      },
    );
  }
}
