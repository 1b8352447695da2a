import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { CONTRACTS_DIR } from './load.ts';

interface Annotation {
  type: string;
  description?: string;
}
interface ListedTest {
  annotations?: Annotation[];
  /** Annotations a test added while it ran (a run's report; empty in a listing). */
  results?: { annotations?: Annotation[] }[];
}
interface ListedSuite {
  title?: string;
  specs?: { title?: string; tests?: ListedTest[] }[];
  suites?: ListedSuite[];
}

/** A Playwright JSON report, or the JSON of `playwright test --list --reporter=json`. */
export interface TestsReport {
  suites?: ListedSuite[];
}

/** The conformance tests with their annotations, as Playwright lists them (no target is contacted). */
export function listConformanceTests(): TestsReport {
  const listing = execFileSync('npx', ['playwright', 'test', '--list', '--reporter=json', '--project=conformance'], {
    cwd: path.join(CONTRACTS_DIR, '..'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return parseTestsReport(listing);
}

/** The report in a listing's output (skipping whatever the config printed before it). */
export function parseTestsReport(listing: string): TestsReport {
  return JSON.parse(listing.slice(listing.indexOf('{'))) as TestsReport;
}

/** Every test's title (describe path and title; file suites left out) and the requirements its annotations name. */
export function testRequirements(report: TestsReport): Array<{ title: string; requirements: string[] }> {
  const found: Array<{ title: string; requirements: string[] }> = [];
  const walk = (suite: ListedSuite, titles: string[]): void => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const annotations = [
          ...(test.annotations ?? []),
          ...(test.results ?? []).flatMap((result) => result.annotations ?? []),
        ];
        const requirements = annotations.flatMap((annotation) =>
          annotation.type === 'requirement' && annotation.description ? [annotation.description] : [],
        );
        found.push({ title: [...titles, spec.title ?? ''].join(' '), requirements });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title ?? '']);
  };
  for (const file of report.suites ?? []) walk(file, []);
  return found;
}
