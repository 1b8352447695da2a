import { expect, type TestInfo } from '@playwright/test';
import {
  BLOCKED,
  blockedDescription,
  FAILURES_ATTACHMENT,
  VIOLATED,
  type FailureRecord,
} from '../../lib/reporting/failure-record.ts';

/**
 * The one way every conformance test reports what it found: a `violated` annotation per broken
 * requirement, a `blocked` one per requirement it could not judge, `failures.json`, and one assertion
 * whose message tells each failure the way failures.json does.
 */
export async function reportFailures(testInfo: TestInfo, failures: readonly FailureRecord[]): Promise<void> {
  await recordFailures(testInfo, failures);
  expect(failures.map(describeFailure), 'every requirement this test checks holds').toEqual([]);
}

/** The annotations and `failures.json` alone: for a fixture that fails the test by throwing. */
export async function recordFailures(testInfo: TestInfo, failures: readonly FailureRecord[]): Promise<void> {
  for (const requirement of new Set(
    failures.filter((failure) => !failure.blockedBy).map(({ requirement }) => requirement),
  ))
    testInfo.annotations.push({ type: VIOLATED, description: requirement });
  for (const failure of failures) {
    if (failure.blockedBy)
      testInfo.annotations.push({
        type: BLOCKED,
        description: blockedDescription(failure.requirement, failure.blockedBy),
      });
  }
  if (failures.length > 0)
    await testInfo.attach(FAILURES_ATTACHMENT, {
      body: JSON.stringify(failures, null, 2),
      contentType: 'application/json',
    });
}

function describeFailure(failure: FailureRecord): string {
  const verdict = failure.blockedBy ? `not judged: blocked by ${failure.blockedBy.join(', ')}` : 'broken';
  const sent = Array.isArray(failure.case)
    ? (failure.case as Array<[string, string]>).map(([name, value]) => `${name}=${value}`).join('&')
    : String(failure.case);
  return [
    `${failure.requirement} ${verdict} (${failure.operation}, ${failure.format.toUpperCase()}, ${failure.verb ?? '-'})`,
    `  the documents say: ${failure.documented}`,
    `  sent: ${sent}`,
    `  came back: ${failure.received}`,
    `  seed: ${failure.seed}${failure.path ? ` (replay path ${failure.path})` : ''}`,
    `  reproduce: ${failure.curl}`,
  ].join('\n');
}
