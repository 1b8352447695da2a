import type { Requirement } from '../../lib/contracts/types.ts';
import type { FailureRecord } from '../../lib/reporting/failure-record.ts';
import type { Expectation, RequirementResult, RequirementStatus, TestOutcome } from './certificate-types.ts';
import { expectationForRequirement, expectationForTest } from './expectations.ts';

/**
 * What one test says about one requirement. `blocked`: the test failed on other requirements first (`by`), so it could
 * not judge this one.
 */
type Contribution = { status: RequirementStatus; reason?: string; link?: string; by?: string[] };

// The requirement takes the first status in this list that any of its tests contributes; `blocked` only when no test
// judged it.
const PRECEDENCE: RequirementStatus[] = [
  'failed',
  'expected-failure',
  'not-run',
  'unexpected-pass',
  'passed',
  'not-applicable',
];

/**
 * The tests that say something about a requirement: those naming it, and those that found it broken or blocked without
 * naming it.
 */
function testsOf(requirement: string, outcomes: TestOutcome[]): TestOutcome[] {
  return outcomes.filter(
    (outcome) =>
      outcome.requirements.includes(requirement) ||
      outcome.violated.includes(requirement) ||
      requirement in outcome.blocked,
  );
}

function rawContribution(outcome: TestOutcome, requirement: string): Contribution {
  const notApplicable = outcome.notApplicable[requirement];
  if (notApplicable !== undefined && !outcome.violated.includes(requirement))
    return { status: 'not-applicable', reason: notApplicable };
  const blockedBy = outcome.blocked[requirement];
  if (blockedBy && !outcome.violated.includes(requirement))
    return {
      status: 'blocked',
      reason: `not judged: blocked by ${blockedBy.join(', ')} (test "${outcome.title}")`,
      by: blockedBy,
    };
  switch (outcome.status) {
    case 'skipped':
    case 'interrupted':
      return { status: 'not-run', reason: outcome.reason };
    case 'passed':
      return { status: 'passed' };
    case 'failed':
    case 'flaky':
      if (outcome.violated.length === 0 || outcome.violated.includes(requirement)) {
        return {
          status: 'failed',
          reason: outcome.status === 'flaky' ? 'flaky: failed, then passed on retry' : outcome.reason,
        };
      }
      return {
        status: 'blocked',
        reason: `not judged: its test "${outcome.title}" failed first on ${outcome.violated.join(', ')}`,
        by: outcome.violated,
      };
  }
}

function applyExpectation(contribution: Contribution, expectation: Expectation | undefined): Contribution {
  if (!expectation) return contribution;
  const declared = { reason: expectation.reason, link: expectation.link };
  if (expectation.expected === 'not-applicable') return { status: 'not-applicable', ...declared };
  if (contribution.status === 'failed') return { status: 'expected-failure', ...declared };
  if (contribution.status === 'passed' && expectation.expected === 'fail') {
    return {
      status: 'unexpected-pass',
      reason: `declared as a known deviation (${expectation.reason}) but passed`,
      link: expectation.link,
    };
  }
  return contribution;
}

/**
 * A test that failed first on requirements the target declares as known deviations cannot judge its
 * other requirements: where no other test judged them, they count as part of the declared deviation.
 */
function maskedByDeclaredDeviation(
  outcome: TestOutcome,
  expectations: Expectation[],
): (Contribution & { status: RequirementStatus }) | undefined {
  const declared = outcome.violated.map((id) => expectationForRequirement(expectations, id));
  if (declared.length === 0 || declared.some((expectation) => expectation?.expected !== 'fail')) return undefined;
  return {
    status: 'expected-failure',
    reason:
      `not judged: its test "${outcome.title}" failed first on the declared deviation(s) ` +
      outcome.violated.join(', '),
    link: declared[0]?.link,
  };
}

function failuresFor(requirement: string, outcomes: TestOutcome[], blocked: boolean): FailureRecord[] {
  return outcomes
    .filter((outcome) => outcome.status === 'failed' || outcome.status === 'flaky')
    .flatMap((outcome) =>
      outcome.failures.filter((failure) =>
        failure.requirement
          ? failure.requirement === requirement && !!failure.blockedBy === blocked
          : !blocked && (outcome.violated.length === 0 || outcome.violated.includes(requirement)),
      ),
    );
}

export function requirementResult(
  requirement: Requirement,
  outcomes: TestOutcome[],
  expectations: Expectation[],
): RequirementResult {
  const tests = testsOf(requirement.id, outcomes);
  const base = {
    id: requirement.id,
    level: requirement.level,
    statement: requirement.statement,
    section: [requirement.source.seed, requirement.source.section].filter(Boolean).join(' § '),
    tests: tests.map(({ fullTitle, location, status, reason }) => ({ title: fullTitle, location, status, reason })),
  };
  const declared = expectationForRequirement(expectations, requirement.id);
  if (requirement.untestable)
    return { ...base, status: 'not-applicable', reason: requirement.untestable, failures: [] };
  if (declared?.expected === 'not-applicable') {
    return { ...base, status: 'not-applicable', reason: declared.reason, link: declared.link, failures: [] };
  }

  const contributions = tests.map((outcome) =>
    applyExpectation(rawContribution(outcome, requirement.id), expectationForTest(expectations, outcome) ?? declared),
  );
  const judged = contributions.filter((c) => c.status !== 'blocked');
  // Only when no test could judge it: tests that failed first on declared deviations stand for it, else it is blocked
  // by what failed first.
  const masked = tests
    .map((outcome) => maskedByDeclaredDeviation(outcome, expectations))
    .filter((c) => c !== undefined);
  const decided = judged.length > 0 ? judged : masked;
  const winner = PRECEDENCE.map((status) => decided.filter((c) => c.status === status)).find(
    (group) => group.length > 0,
  );
  const blockers = contributions.filter((c) => c.status === 'blocked');
  if (!winner && blockers.length > 0) {
    const by = [...new Set(blockers.flatMap((c) => c.by ?? []))].filter((id) => id !== requirement.id);
    return {
      ...base,
      status: 'blocked',
      reason: [...new Set(blockers.map((c) => c.reason))].join('; '),
      blockedBy: by,
      failures: failuresFor(requirement.id, tests, true),
    };
  }
  if (!winner) {
    const reason =
      tests.length === 0 ? 'no test names this requirement' : contributions.map((c) => c.reason).join('; ');
    return { ...base, status: 'not-run', reason, failures: [] };
  }
  const status = winner[0]!.status;
  const reasons = [...new Set(winner.map((c) => c.reason).filter((r): r is string => !!r))];
  return {
    ...base,
    status,
    reason: status === 'passed' ? undefined : reasons.join('; ') || undefined,
    link: winner.find((c) => c.link)?.link,
    failures: status === 'failed' || status === 'expected-failure' ? failuresFor(requirement.id, tests, false) : [],
  };
}
