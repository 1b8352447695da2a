import { contractFormats } from '../../lib/contracts/formats.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { test } from '../transitions/fixtures.ts';
import { validCallOn } from '../transitions/support/manage-calls.ts';
import { described } from '../transitions/support/transition.ts';

// POST is inferred (D14): the v2 conventions, not the seeds, say POST carries the same parameters.
for (const format of contractFormats()) {
  test(
    `${format}: POST gives the same answers and the same state changes as GET, for every operation`,
    described('*', format, ['api.verb.post', 'api.verb.get'], ['@verbs', '@inferred']),
    async ({ scenario }) => {
      const get = scenario(format, { verb: 'GET' });
      const post = get.via(format, 'POST');
      for (const s of [get, post]) {
        const customer = await s.create();
        const other = await s.create();
        if (!customer || !other) continue;
        const short = s.names.shortPassword();
        const on = (operationId: Parameters<typeof loadOperation>[0]) =>
          subjectPairs(loadOperation(operationId), customer.username);
        const steps = (
          [
            'disable',
            'enable',
            'website_disable',
            'website_enable',
            'update_profile',
            'update_password',
            'update_email',
          ] as const
        ).map((operationId) => [operationId, validCallOn(operationId, customer.username, s.names)] as const);
        for (const [operationId, pairs] of steps) {
          if (await s.succeed(operationId, pairs, s.verb === 'POST' ? 'api.verb.post' : 'api.verb.get')) {
            await s.expectListing(
              () => (s.verb === 'POST' ? 'api.verb.post' : 'api.verb.get'),
              `${operationId} by ${s.verb} has its documented effect`,
            );
          }
        }
        await s.refused(
          'update_password',
          [...on('update_password'), ['password', short], ['confirm_password', short]],
          loadOperation('update_password').answers.refusal,
          s.verb === 'POST' ? 'api.verb.post' : 'api.verb.get',
          `a short password is refused by ${s.verb} too`,
        );
        const renamed = s.names.username();
        if (
          await s.succeed(
            'update_username',
            [...on('update_username'), ['username', renamed]],
            s.verb === 'POST' ? 'api.verb.post' : 'api.verb.get',
          )
        ) {
          await s.succeed(
            'delete',
            subjectPairs(loadOperation('delete'), renamed),
            s.verb === 'POST' ? 'api.verb.post' : 'api.verb.get',
          );
          await s.expectListing(
            () => (s.verb === 'POST' ? 'api.verb.post' : 'api.verb.get'),
            `setUsername and delete by ${s.verb} have their documented effect`,
          );
        }
      }
      await get.findings.report();
    },
  );
}
