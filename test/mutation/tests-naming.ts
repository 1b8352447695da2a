import { execFileSync } from 'node:child_process';
import { SUITE_ROOT } from '../../reports/src/suite-root.ts';

interface ListedTest {
  annotations?: { type: string; description?: string }[];
}
interface ListedSpec {
  title: string;
  tests?: ListedTest[];
}
interface ListedSuite {
  title: string;
  specs?: ListedSpec[];
  suites?: ListedSuite[];
}

/** For each requirement, the titles (describe path and test title) of the conformance tests naming it. */
export function testsNamingRequirements(): Map<string, string[]> {
  const listing = execFileSync('npx', ['playwright', 'test', '--list', '--reporter=json', '--project=conformance'], {
    cwd: SUITE_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const naming = new Map<string, string[]>();
  const walk = (suite: ListedSuite, path: string[]) => {
    for (const spec of suite.specs ?? []) {
      const title = [...path, spec.title].join(' ');
      for (const test of spec.tests ?? []) {
        for (const annotation of test.annotations ?? []) {
          if (annotation.type !== 'requirement' || !annotation.description) continue;
          naming.set(annotation.description, [...new Set([...(naming.get(annotation.description) ?? []), title])]);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  // Top-level suites are files: their titles are not part of the describe path.
  for (const file of (JSON.parse(listing.slice(listing.indexOf('{'))) as { suites: ListedSuite[] }).suites)
    walk(file, []);
  return naming;
}

/** A --grep selecting exactly the tests with these titles. */
export function grepForTitles(titles: string[]): string {
  return titles.map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
