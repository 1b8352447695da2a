import { loadOperation } from '../../lib/contracts/load.ts';
import type { Format, Verb } from '../../lib/contracts/types.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { targetTest } from '../fixtures/target.ts';
import { clientApi } from './support/client-api.ts';
import type { Caller, CustomerApi } from './support/customer-api.ts';
import { Findings } from './support/findings.ts';
import { Scenario } from './support/scenario.ts';
import { UniqueNames } from './support/unique-names.ts';

export type ScenarioFactory = (format: Format, options?: { verb?: Verb; caller?: Caller }) => Scenario;

interface TestFixtures {
  customerApi: CustomerApi;
  /** Scenarios of one test share its findings and its unique names; every name is deleted afterwards. */
  scenario: ScenarioFactory;
  secondResellerConfigured: boolean;
}

let testCounter = 0;

/**
 * The shared worker fixtures (target, client) plus this area's own: the transition, model and
 * across tests create their customers themselves (they need the values sent, other formats and
 * verbs, and a second reseller), so they use `scenario` rather than the `customers` factory.
 */
// Test fixtures only: with no worker fixture of their own, these tests share their workers with the
// generated ones (another set of worker fixtures makes Playwright start other workers).
export const test = targetTest.extend<TestFixtures>({
  customerApi: [
    async ({ target, client }, use) => use(clientApi(client, target, target.secondReseller, target.nonResellerAccount)),
    { box: 'self' },
  ],
  secondResellerConfigured: async ({ target }, use) => use(target.secondReseller !== undefined),
  scenario: async ({ target, customerApi }, use, testInfo) => {
    test.skip(
      !target.destructive,
      `target "${target.name}" is not destructive: these tests create and delete customers`,
    );
    testCounter += 1;
    const names = new UniqueNames(
      target.namePrefix,
      `w${testInfo.workerIndex}t${testCounter.toString(36)}`,
      target.seed,
    );
    const findings = new Findings(testInfo, String(target.seed));
    const accounts = {
      reseller: target.account,
      'second-reseller': target.secondReseller?.account ?? target.account,
      'wrong-key': target.account,
      'extended-key': target.account,
      'no-credentials': target.account,
      'non-reseller': target.account,
      'crossed-key': target.account,
    };
    await use(
      (format, options = {}) =>
        new Scenario(
          customerApi,
          findings,
          names,
          accounts[options.caller ?? 'reseller'],
          format,
          options.verb,
          options.caller,
        ),
    );
    const remove = loadOperation('delete');
    const owners: Caller[] = target.secondReseller ? ['reseller', 'second-reseller'] : ['reseller'];
    for (const username of names.used) {
      for (const caller of owners)
        await customerApi.call('delete', subjectPairs(remove, username), { format: 'json', verb: 'GET', caller }, [
          remove.answers.success,
        ]);
    }
  },
});
