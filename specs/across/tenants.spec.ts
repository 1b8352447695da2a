import { contractFormats } from '../../lib/contracts/formats.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import type { OperationId } from '../../lib/contracts/types.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { test } from '../transitions/fixtures.ts';
import { refusedAsUnknown, subjectOperations } from '../transitions/support/manage-calls.ts';
import { described } from '../transitions/support/transition.ts';

// Required by the schema of every operation with a subject parameter: the operations refusedAsUnknown calls.
const foreignCustomer = (operation: OperationId) => loadOperation(operation).foreignCustomerRequirement!;
const requirements = [
  'tenant.retrieve.own-customers',
  ...subjectOperations.map(foreignCustomer),
  'tenant.create.username-held',
  'tenant.update_username.username-held',
];

const NO_SECOND_RESELLER = 'the target profile names no secondReseller: tenant isolation cannot be checked';

for (const format of contractFormats()) {
  test(
    `${format}: a second reseller cannot see, manage, rename, disable or delete the first one\'s customers, ` +
      'nor register or rename to their usernames',
    described('*', format, requirements, ['@tenant']),
    async ({ scenario, secondResellerConfigured }) => {
      test.skip(!secondResellerConfigured, NO_SECOND_RESELLER);
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
        const named = await second.retrieve(
          [['username', customer.username]],
          'tenant.retrieve.own-customers',
          'a retrieve filtered by username answers the customer list',
          true,
        );
        if (named) {
          if (named.customers.some((entry) => entry['username'] === customer.username)) {
            first.findings.fail(
              'tenant.retrieve.own-customers',
              "retrieve filtered by username lists only the calling reseller's customers",
              named,
              `lists ${customer.username}, a customer of the first reseller`,
            );
          }
        }
        // A foreign call that acted and took the customer off the list (a delete, a rename) leaves the next calls
        // nothing to act on: they are sent about a new customer of the first reseller.
        let target = customer.username;
        await refusedAsUnknown(
          second,
          () => target,
          first.names,
          foreignCustomer,
          (operation) => `${operation} by another reseller answers as for an unknown user`,
          async (operation) => {
            await first.expectListing(
              () => foreignCustomer(operation),
              `${operation} by another reseller leaves the first reseller's customer unchanged`,
            );
            if (!first.model.customers.has(target)) target = (await first.create())?.username ?? target;
          },
        );
        // The second reseller's own package and whitelabel, so only the username can make it a refusal.
        await second.refusedCreate(
          target,
          'tenant.create.username-held',
          "another reseller cannot register a username the first reseller's customer holds",
        );
        // Nor rename a customer of its own to it: both customers stay as they were.
        const own = await second.create();
        if (own) {
          await second.refusedRename(
            own.username,
            target,
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

// A deleted username stays stored "within the system", not within the deleting reseller's account: the
// other reseller can neither register it nor rename a customer of its own to it (two deleted names, so
// that neither refusal hides behind the other).
for (const format of contractFormats()) {
  test(
    `${format}: a username one reseller deleted stays reserved for the other: no create or rename of theirs takes it`,
    described(
      '*',
      format,
      ['delete.effect.username-reserved', 'create.username.not-taken', 'update_username.username.not-taken'],
      ['@tenant'],
    ),
    async ({ scenario, secondResellerConfigured }) => {
      test.skip(!secondResellerConfigured, NO_SECOND_RESELLER);
      const first = scenario(format);
      const second = scenario(format, { caller: 'second-reseller' });
      const remove = loadOperation('delete');
      const own = await second.create();
      const [created, renamedTo] = [await first.create(), await first.create()];
      if (
        own &&
        created &&
        renamedTo &&
        (await first.succeed('delete', subjectPairs(remove, created.username))) &&
        (await first.succeed('delete', subjectPairs(remove, renamedTo.username)))
      ) {
        // The second reseller's own package and whitelabel, so only the username can make it a refusal.
        await second.refusedCreate(
          created.username,
          'delete.effect.username-reserved',
          "another reseller cannot register the username of the first reseller's deleted customer",
        );
        await second.refusedRename(
          own.username,
          renamedTo.username,
          'delete.effect.username-reserved',
          "another reseller cannot rename its customer to the username of the first reseller's deleted customer",
        );
        await second.expectListing(
          () => 'delete.effect.username-reserved',
          "the refused create and rename leave the second reseller's customers as they were",
        );
      }
      await first.findings.report();
    },
  );
}
