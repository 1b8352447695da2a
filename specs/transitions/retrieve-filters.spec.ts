import { loadOperation } from '../../lib/contracts/load.ts';
import type { Format } from '../../lib/contracts/types.ts';
import { compareListing } from '../../lib/model/compare-listing.ts';
import { filterReadings } from '../../lib/model/filter-readings.ts';
import { describeMismatch } from '../../lib/model/listing-mismatch.ts';
import { createTextParameters } from '../../generators/commands/create-pairs.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { test } from './fixtures.ts';
import { described } from './support/transition.ts';

const retrieve = loadOperation('retrieve');
const filters = retrieve.parameters.filter((parameter) => parameter.role === 'filter');
const filterRequirements = filters.map((filter) => `retrieve.${filter.name}.filter`);

for (const format of ['json', 'xml'] as Format[]) {
  test(
    `${format}: retrieve: each filter alone and several combined list exactly the matching customers (judged over this test's customers)`,
    described('retrieve', format, [...filterRequirements, 'retrieve.filter.combined', 'retrieve.filter.matching', 'retrieve.active.filter-values'], ['@transition', '@filters']),
    async ({ scenario }) => {
      const s = scenario(format);
      // A and B share city and company (values unique to this test); C shares nothing; B is disabled.
      const shared = { city: `ci${s.names.unique()}`, company: `co${s.names.unique()}` };
      const unique = () => Object.fromEntries(createTextParameters.map((name) => [name, `${name.slice(0, 2)}${s.names.unique()}`]));
      const a = await s.create({ ...unique(), ...shared });
      const b = await s.create({ ...unique(), ...shared });
      const c = await s.create(unique());
      if (a && b && c && (await s.succeed('disable', subjectPairs(loadOperation('disable'), b.username)))) {
        const valueOf = (username: string, name: string) => {
          const filter = filters.find((candidate) => candidate.name === name);
          const customer = s.model.customers.get(username);
          return filter?.listedAs !== undefined ? customer?.listed[filter.listedAs] : customer?.unlisted[name];
        };
        const cases: Array<Array<[string, string]>> = [
          ...filters.map((filter): Array<[string, string]> => [[filter.name, valueOf(filter.name === 'active' ? b.username : a.username, filter.name) ?? '']]),
          [['city', shared.city], ['last_name', valueOf(a.username, 'last_name') ?? '']],
          [['company', shared.company], ['active', 'false']],
          [['city', shared.city], ['email', valueOf(c.username, 'email') ?? '']],
        ];
        for (const pairs of cases) {
          const answer = await s.call('retrieve', pairs, ['customer-list']);
          const requirements = pairs.length > 1 ? ['retrieve.filter.combined'] : pairs.map(([name]) => `retrieve.${name}.filter`);
          if (!s.findings.expectKind(answer, ['customer-list'], requirements[0]!, 'a retrieve with documented filters answers the customer list')) continue;
          const verdicts = filterReadings(retrieve, s.model.customers, pairs).map((expected) => compareListing(expected, answer.customers, (name) => s.names.owns(name)));
          if (verdicts.some((mismatches) => mismatches.length === 0)) continue;
          for (const requirement of requirements) {
            s.findings.fail(requirement, `the list holds exactly this reseller's customers matching ${pairs.map(([name, value]) => `${name}=${value}`).join(' and ')}`, answer, verdicts[0]!.map(describeMismatch).join('; '));
          }
        }
      }
      await s.findings.report();
    },
  );
}
