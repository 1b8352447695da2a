import { loadOperation } from '../../lib/contracts/load.ts';
import type { Format } from '../../lib/contracts/types.ts';
import { createPairs } from '../../generators/commands/create-pairs.ts';
import { test } from '../transitions/fixtures.ts';
import { subjectOperations, validCallOn } from '../transitions/support/manage-calls.ts';
import { described } from '../transitions/support/transition.ts';

const requirements = ['tenant.retrieve.own-customers', ...subjectOperations.map((operation) => `tenant.${operation}.foreign-customer`), 'tenant.create.username-held'];

for (const format of ['json', 'xml'] as Format[]) {
  test(
    `${format}: a second reseller cannot see, manage, rename, disable or delete the first one\'s customers, nor register their usernames`,
    described('*', format, requirements, ['@tenant']),
    async ({ scenario, secondResellerConfigured }) => {
      test.skip(!secondResellerConfigured, 'the target profile names no secondReseller: tenant isolation cannot be checked');
      const first = scenario(format);
      const second = scenario(format, { caller: 'second-reseller' });
      const customer = await first.create();
      if (customer) {
        const seen = await second.list();
        if (seen?.customers.some((entry) => entry['username'] === customer.username)) {
          first.findings.fail('tenant.retrieve.own-customers', 'retrieve lists only the calling reseller\'s customers', seen.answer, `lists ${customer.username}, a customer of the first reseller`);
        }
        for (const operation of subjectOperations) {
          const contract = loadOperation(operation);
          await second.refused(operation, validCallOn(operation, customer.username, first.names), contract.answers.unknownUser ?? contract.answers.refusal, `tenant.${operation}.foreign-customer`, `${operation} by another reseller answers as for an unknown user`);
          await first.expectListing(() => `tenant.${operation}.foreign-customer`, `${operation} by another reseller leaves the first reseller's customer unchanged`);
        }
        // The second reseller's own package and whitelabel, so only the username can make it a refusal.
        const sameUsername = createPairs(second.account, { username: customer.username, email: first.names.email(), password: 'Secret123', confirmPassword: 'Secret123', text: (name) => first.names.text(name) });
        await second.refused('create', sameUsername, loadOperation('create').answers.refusal, 'tenant.create.username-held', 'another reseller cannot register a username the first reseller\'s customer holds');
      }
      await first.findings.report();
    },
  );
}
