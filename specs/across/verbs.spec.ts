import { contractFormats, VERB_REQUIREMENTS } from '../../lib/contracts/formats.ts';
import { constraintOf, parameterOf } from '../../lib/contracts/limits.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import type { OperationId } from '../../lib/contracts/types.ts';
import { stateRequirement } from '../../lib/model/listing-verdict.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { test } from '../transitions/fixtures.ts';
import { validCallOn } from '../transitions/support/manage-calls.ts';
import { described } from '../transitions/support/transition.ts';

const STEPS = [
  'disable',
  'enable',
  'website_disable',
  'website_enable',
  'update_profile',
  'update_password',
  'update_email',
] as const satisfies readonly OperationId[];

// POST is inferred (D14): the v2 conventions, not the seeds, say POST carries the same parameters.
// Blame: a valid call refused by POST and accepted by GET breaks api.verb.post (the scenario sends it again by
// GET); else each call is judged under its own operation's requirements. Effects: a list that disagrees with the
// model after a call breaks what such a list breaks after any call (stateRequirement), except by POST, once
// everything went right by GET, when the customer's own entry (retrieve filtered by its username) shows the call
// did not do its part: that is the verb's. (A full list that lags behind shows in either pass, as timing decides;
// the entry does not.)
for (const format of contractFormats()) {
  test(
    `${format}: POST gives the same answers and the same state changes as GET, for every operation`,
    described('*', format, ['api.verb.post', 'api.verb.get'], ['@verbs', '@inferred']),
    async ({ scenario }) => {
      const get = scenario(format, { verb: 'GET' });
      const post = get.via(format, 'POST');
      let rightByGet = true;
      for (const s of [get, post]) {
        const expectEffect = async (
          operationId: OperationId,
          pairs: Array<[string, string]>,
          username: string,
          documented: string,
        ) => {
          // Asked for only when the list disagrees, and once for all its mismatches.
          let byVerb: Promise<boolean> | undefined;
          const call = { operation: loadOperation(operationId), pairs, credentials: 'valid', succeeded: true } as const;
          await s.expectListing(async (mismatch) => {
            byVerb ??= (async () => s.verb !== 'GET' && rightByGet && !(await s.entryAgrees(username)))();
            return (await byVerb) ? VERB_REQUIREMENTS[s.verb] : stateRequirement(call, mismatch);
          }, documented);
        };
        const customer = await s.create();
        const other = await s.create();
        if (customer && other) {
          const on = (operationId: OperationId) => subjectPairs(loadOperation(operationId), customer.username);
          for (const operationId of STEPS) {
            const pairs = validCallOn(operationId, customer.username, s.names);
            if (await s.succeed(operationId, pairs))
              await expectEffect(
                operationId,
                pairs,
                customer.username,
                `${operationId} by ${s.verb} has its documented effect`,
              );
          }
          const short = s.names.shortPassword();
          const limit = constraintOf(parameterOf('update_password', 'password'), 'minLength')!.refusing;
          await s.refused(
            'update_password',
            [...on('update_password'), ['password', short], ['confirm_password', short]],
            loadOperation('update_password').answers.refusal,
            s.verb !== 'GET' && rightByGet ? VERB_REQUIREMENTS[s.verb] : limit,
            `a short password is refused by ${s.verb} too`,
          );
          const renamed = s.names.username();
          const rename: Array<[string, string]> = [...on('update_username'), ['username', renamed]];
          if (await s.succeed('update_username', rename)) {
            const remove = subjectPairs(loadOperation('delete'), renamed);
            await s.succeed('delete', remove);
            await expectEffect(
              'delete',
              remove,
              renamed,
              `setUsername and delete by ${s.verb} have their documented effect`,
            );
          }
        }
        if (s.verb === 'GET') rightByGet = s.findings.failures.length === 0;
      }
      await get.findings.report();
    },
  );
}
