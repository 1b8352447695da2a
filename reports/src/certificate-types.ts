import type { FailureRecord } from '../../lib/reporting/failure-record.ts';
import type { Format, Level } from '../../lib/contracts/types.ts';

export type RequirementStatus =
  | 'passed'
  | 'failed'
  | 'expected-failure'
  | 'unexpected-pass'
  | 'not-applicable'
  | 'not-run'
  /** Not judged: every test of it failed first on other requirements (its root causes, in `blockedBy`). */
  | 'blocked';

export type Verdict = 'conformant' | 'partially-conformant' | 'non-conformant';

/** What one conformance test did, read from Playwright's TestCase and its last TestResult. */
export interface TestOutcome {
  title: string;
  /** Title path without the project and file: describe blocks and title, joined by " › ". */
  fullTitle: string;
  location: string;
  status: 'passed' | 'failed' | 'skipped' | 'flaky' | 'interrupted';
  /** Skip reason, or the error message of a failed test (first line). */
  reason?: string;
  requirements: string[];
  violated: string[];
  /** Requirements the test could not judge, each with the requirements that broke first (`blocked` annotations). */
  blocked: Record<string, string[]>;
  /** Requirements the test found not to apply to this target (`not-applicable` annotations "<id>: <reason>"). */
  notApplicable: Record<string, string>;
  operations: string[];
  formats: string[];
  verbs: string[];
  failures: FailureRecord[];
}

/** A known deviation of a target, declared in the file named by the profile's `expectations`. */
export interface Expectation {
  requirement?: string;
  /** A test's title or its full title (" › "-joined). */
  test?: string;
  expected: 'fail' | 'flaky' | 'not-applicable';
  reason: string;
  link?: string;
}

export interface TestRef {
  /** The test's full title (describe blocks › title). */
  title: string;
  location: string;
  status: TestOutcome['status'];
  reason?: string;
}

export interface RequirementResult {
  id: string;
  level: Level;
  statement: string;
  section: string;
  status: RequirementStatus;
  /** Why the status is what it is when it is not plain passed/failed (skip reason, expectation, untestable). */
  reason?: string;
  link?: string;
  tests: TestRef[];
  failures: FailureRecord[];
  /** Status `blocked`: the failed requirements that stood in the way (root causes). */
  blockedBy?: string[];
  /** Status `failed`: the requirements this failure kept from being judged. */
  blocks?: string[];
  /** From the register: the operations (`*`: every one) and formats the requirement applies to. */
  operations?: string[];
  formats?: string[];
}

export type MatrixCell = { passed: number; failed: number; skipped: number };

export interface Certificate {
  suite: { name: string; version: string; commit?: string };
  target: { name: string; baseUrl: string };
  run: {
    seed?: string;
    runsPerProperty?: string;
    runId?: string;
    startTime: string;
    durationMs: number;
    playwrightStatus: string;
  };
  verdict: Verdict;
  verdictReason: string;
  requirements: RequirementResult[];
  /** operation -> format -> counts of tests. */
  matrix: Record<string, Partial<Record<Format | string, MatrixCell>>>;
  totals: Record<Level, Record<RequirementStatus, number>>;
  /** Tests that named a requirement missing from the register. */
  unknownRequirements: { requirement: string; tests: string[] }[];
}
