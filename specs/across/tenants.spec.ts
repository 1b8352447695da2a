import { contractFormats } from '../../lib/contracts/formats.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { test } from '../transitions/fixtures.ts';
import { refusedAsUnknown, subjectOperations } from '../transitions/support/manage-calls.ts';
import { described } from '../transitions/support/transition.ts';

const requirements = [
  'tenant.retrieve.own-customers',
  ...subjectOperations.map((operation) => `tenant.${operation}.foreign-customer`),
  'tenant.create.username-held',
  'tenant.update_username.username-held',
];

for (const format of contractFormats()) {
  test(
    `${format}: a second reseller cannot see, manage, rename, disable or delete the first one\'s customers, nor register or rename to their usernames`,
    described('*', format, requirements, ['@tenant']),
    async ({ scenario, secondResellerConfigured }) => {
      test.skip(
        !secondResellerConfigured,
        'the target profile names no secondReseller: tenant isolation cannot be checked',
      );
      const first = scenario(format);
      const second = scenario(format, { caller: 'second-reseller' });
      const customer = await first.create();
      if (customer) {
        const seen = await second.list();
        if (seen?.customers.some((entry) => entry['username'] === customer.username)) {
          first.findings.fail(
            'tenant.retrieve.own-customers',
            "retrieve lists only the calling reseller's customers",
            seen.answer,
            `lists ${customer.username}, a customer of the first reseller`,
          );
        }
        // Named by the username filter, the first reseller's customer is still not the second's to see.
        const named = await second.call('retrieve', [['username', customer.username]], ['customer-list']);
        if (
          second.findings.expectKind(
            named,
            ['customer-list'],
            'tenant.retrieve.own-customers',
            'a retrieve filtered by username answers the customer list',
          )
        ) {
          if (named.customers.some((entry) => entry['username'] === customer.username)) {
            first.findings.fail(
              'tenant.retrieve.own-customers',
              "retrieve filtered by username lists only the calling reseller's customers",
              named,
              `lists ${customer.username}, a customer of the first reseller`,
            );
          }
        }
        await refusedAsUnknown(
          second,
          customer.username,
          first.names,
          (operation) => `tenant.${operation}.foreign-customer`,
          (operation) => `${operation} by another reseller answers as for an unknown user`,
          (operation) =>
            first.expectListing(
              () => `tenant.${operation}.foreign-customer`,
              `${operation} by another reseller leaves the first reseller's customer unchanged`,
            ),
        );
        // The second reseller's own package and whitelabel, so only the username can make it a refusal.
        const sameUsername = second.createPairs(customer.username);
        await second.refused(
          'create',
          sameUsername,
          loadOperation('create').answers.refusal,
          'tenant.create.username-held',
          "another reseller cannot register a username the first reseller's customer holds",
        );
        // Nor rename a customer of its own to it: both customers stay as they were.
        const own = await second.create();
        if (own) {
          const rename = loadOperation('update_username');
          await second.refused(
            'update_username',
            [...subjectPairs(rename, own.username), ['username', customer.username]],
            rename.answers.refusal,
            'tenant.update_username.username-held',
            "another reseller cannot rename its customer to a username the first reseller's customer holds",
          );
          await second.expectListing(
            () => 'tenant.update_username.username-held',
            "the refused rename leaves the second reseller's customer as it was",
          );
          await first.expectListing(
            () => 'tenant.update_username.username-held',
            "the refused rename leaves the first reseller's customer as it was",
          );
        }
      }
      await first.findings.report();
    },
  );
}
