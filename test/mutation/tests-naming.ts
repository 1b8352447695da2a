import { listConformanceTests, testRequirements } from '../../lib/contracts/listed-tests.ts';

/** For each requirement, the titles (describe path and test title) of the conformance tests naming it. */
export function testsNamingRequirements(): Map<string, string[]> {
  const naming = new Map<string, string[]>();
  for (const { title, requirements } of testRequirements(listConformanceTests())) {
    for (const requirement of requirements)
      naming.set(requirement, [...new Set([...(naming.get(requirement) ?? []), title])]);
  }
  return naming;
}

/** A --grep selecting exactly the tests with these titles. */
export function grepForTitles(titles: string[]): string {
  return titles.map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
