import { contractFormats } from '../../lib/contracts/formats.ts';
import { parameterOf } from '../../lib/contracts/limits.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import { compareListing } from '../../lib/model/compare-listing.ts';
import { filterReadings } from '../../lib/model/filter-readings.ts';
import { describeMismatch } from '../../lib/model/listing-mismatch.ts';
import { createTextParameters } from '../../generators/commands/create-pairs.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { test } from './fixtures.ts';
import type { Scenario } from './support/scenario.ts';
import { described } from './support/transition.ts';

const retrieve = loadOperation('retrieve');
const filters = retrieve.parameters.filter((parameter) => parameter.role === 'filter');
const filterRequirements = filters.map((filter) => filter.filterRequirement!);
const COMBINED = retrieve.answers.combinedFiltersRequirement!;
const requirementOf = (name: string) => parameterOf(retrieve, name).filterRequirement!;

/**
 * Retrieve filtered by `pairs` lists exactly the customers of this test that the model selects, under one of the
 * accepted readings of the filters; each broken requirement recorded. A boolean filter (active) also selects
 * other tests' customers, so only a filter by a value of this test's own makes an expected empty list.
 */
async function expectFiltered(
  s: Scenario,
  pairs: Array<[string, string]>,
  requirements: string[],
  documented: string,
): Promise<void> {
  const readings = filterReadings(retrieve, s.model.customers, pairs);
  const ownValues = pairs.some(([name]) => parameterOf(retrieve, name).valueType !== 'boolean');
  const answer = await s.retrieve(
    pairs,
    requirements[0]!,
    'a retrieve with documented filters answers the customer list',
    ownValues && readings.every((expected) => expected.size === 0),
  );
  if (!answer) return;
  const verdicts = readings.map((expected) =>
    compareListing(expected, answer.customers, (username) => s.judged(username)),
  );
  if (verdicts.some((mismatches) => mismatches.length === 0)) return;
  for (const requirement of requirements)
    s.findings.fail(requirement, documented, answer, verdicts[0]!.map(describeMismatch).join('; '));
}

for (const format of contractFormats()) {
  test(
    `${format}: retrieve: each filter alone and several combined list exactly the matching customers ` +
      "(judged over this test's customers)",
    described(
      'retrieve',
      format,
      [...filterRequirements, COMBINED, 'retrieve.filter.matching', 'retrieve.active.filter-values'],
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
        // What the model holds (a flag a call set), else what the create sent: a value the model forgot after a
        // list contradicted it (a create that lost it) still selects by what was sent.
        const valueOf = (customer: { username: string; pairs: Array<[string, string]> }, name: string) => {
          const filter = filters.find((candidate) => candidate.name === name);
          const held = s.model.customers.get(customer.username);
          const known = filter?.listedAs !== undefined ? held?.listed[filter.listedAs] : held?.unlisted[name];
          return known ?? customer.pairs.find(([sent]) => sent === name)?.[1];
        };
        const cases: Array<Array<[string, string]>> = [
          ...filters.map((filter): Array<[string, string]> => [
            [filter.name, valueOf(filter.name === 'active' ? b : a, filter.name) ?? ''],
          ]),
          [
            ['city', shared.city],
            ['last_name', valueOf(a, 'last_name') ?? ''],
          ],
          [
            ['company', shared.company],
            ['active', 'false'],
          ],
          [
            ['city', shared.city],
            ['email', valueOf(c, 'email') ?? ''],
          ],
        ];
        for (const pairs of cases) {
          const requirements = pairs.length > 1 ? [COMBINED] : pairs.map(([name]) => requirementOf(name));
          const matching = pairs.map(([name, value]) => `${name}=${value}`).join(' and ');
          await expectFiltered(
            s,
            pairs,
            requirements,
            `the list holds exactly this reseller's customers matching ${matching}`,
          );
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
      ['update_profile.effect.company-filtered', ...unlistedFilters.map(requirementOf)],
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
      const filtered = (name: string, value: string, requirement: string, documented: string) =>
        expectFiltered(s, [[name, value]], [requirement], documented);
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
