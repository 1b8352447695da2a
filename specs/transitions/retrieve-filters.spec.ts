import { contractFormats } from '../../lib/contracts/formats.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
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

for (const format of contractFormats()) {
  test(
    `${format}: retrieve: each filter alone and several combined list exactly the matching customers ` +
      "(judged over this test's customers)",
    described(
      'retrieve',
      format,
      [...filterRequirements, 'retrieve.filter.combined', 'retrieve.filter.matching', 'retrieve.active.filter-values'],
      ['@transition', '@filters'],
    ),
    async ({ scenario }) => {
      const s = scenario(format);
      // A and B share city and company (values unique to this test); C shares nothing; B is disabled.
      const shared = { city: `ci${s.names.unique()}`, company: `co${s.names.unique()}` };
      const unique = () =>
        Object.fromEntries(createTextParameters.map((name) => [name, `${name.slice(0, 2)}${s.names.unique()}`]));
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
          ...filters.map((filter): Array<[string, string]> => [
            [filter.name, valueOf(filter.name === 'active' ? b.username : a.username, filter.name) ?? ''],
          ]),
          [
            ['city', shared.city],
            ['last_name', valueOf(a.username, 'last_name') ?? ''],
          ],
          [
            ['company', shared.company],
            ['active', 'false'],
          ],
          [
            ['city', shared.city],
            ['email', valueOf(c.username, 'email') ?? ''],
          ],
        ];
        for (const pairs of cases) {
          const answer = await s.call('retrieve', pairs, ['customer-list']);
          const requirements =
            pairs.length > 1 ? ['retrieve.filter.combined'] : pairs.map(([name]) => `retrieve.${name}.filter`);
          if (
            !s.findings.expectKind(
              answer,
              ['customer-list'],
              requirements[0]!,
              'a retrieve with documented filters answers the customer list',
            )
          )
            continue;
          const verdicts = filterReadings(retrieve, s.model.customers, pairs).map((expected) =>
            compareListing(expected, answer.customers, (name) => s.names.owns(name)),
          );
          if (verdicts.some((mismatches) => mismatches.length === 0)) continue;
          const matching = pairs.map(([name, value]) => `${name}=${value}`).join(' and ');
          for (const requirement of requirements) {
            s.findings.fail(
              requirement,
              `the list holds exactly this reseller's customers matching ${matching}`,
              answer,
              verdicts[0]!.map(describeMismatch).join('; '),
            );
          }
        }
      }
      await s.findings.report();
    },
  );
}

// Values a target keeps but never lists (company, D6) show only through their filter: after create
// and after update_profile, filtering by the value sent finds the customer, and by the replaced value
// no longer does. Every unlisted filter that update_profile sets is checked.
const profileUpdate = loadOperation('update_profile');
const profileFields = profileUpdate.effect.kind === 'updates' ? profileUpdate.effect.fromParameters : [];
const unlistedFilters = filters
  .filter((filter) => filter.listedAs === undefined && profileFields.includes(filter.name))
  .map((filter) => filter.name);

for (const format of contractFormats()) {
  test(
    `${format}: update_profile: a field never listed (${unlistedFilters.join(', ')}) changes as its filter shows: ` +
      'the new value finds the customer, the old one no longer does',
    described(
      'update_profile',
      format,
      ['update_profile.effect.company-filtered', ...unlistedFilters.map((name) => `retrieve.${name}.filter`)],
      ['@transition', '@filters'],
    ),
    async ({ scenario }) => {
      const s = scenario(format);
      const before = Object.fromEntries(
        unlistedFilters.map((name) => [name, `${name.slice(0, 2)}${s.names.unique()}`]),
      );
      const after = Object.fromEntries(unlistedFilters.map((name) => [name, `${name.slice(0, 2)}${s.names.unique()}`]));
      const customer = await s.create(before);
      // The filter shows exactly what the model holds: the customer for the current value, nobody for a replaced one.
      const filtered = async (name: string, value: string, requirement: string, documented: string) => {
        const pairs: Array<[string, string]> = [[name, value]];
        const answer = await s.call('retrieve', pairs, ['customer-list']);
        if (
          !s.findings.expectKind(
            answer,
            ['customer-list'],
            requirement,
            'a retrieve with a documented filter answers the customer list',
          )
        )
          return;
        const verdicts = filterReadings(retrieve, s.model.customers, pairs).map((expected) =>
          compareListing(expected, answer.customers, (username) => s.names.owns(username)),
        );
        if (!verdicts.some((mismatches) => mismatches.length === 0))
          s.findings.fail(requirement, documented, answer, verdicts[0]!.map(describeMismatch).join('; '));
      };
      if (customer) {
        for (const name of unlistedFilters)
          await filtered(
            name,
            before[name]!,
            'update_profile.effect.company-filtered',
            `after create, ${name}=${before[name]} lists the customer created with it`,
          );
        const update: Array<[string, string]> = [
          ...subjectPairs(profileUpdate, customer.username),
          ...unlistedFilters.map((name): [string, string] => [name, after[name]!]),
        ];
        if (await s.succeed('update_profile', update)) {
          for (const name of unlistedFilters) {
            await filtered(
              name,
              after[name]!,
              'update_profile.effect.company-filtered',
              `after update_profile, ${name}=${after[name]} lists the customer`,
            );
            await filtered(
              name,
              before[name]!,
              'update_profile.effect.company-filtered',
              `after update_profile, the replaced ${name}=${before[name]} lists nobody`,
            );
          }
        }
      }
      await s.findings.report();
    },
  );
}
