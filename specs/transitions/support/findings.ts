import type { TestInfo } from '@playwright/test';
import { loadOperation } from '../../../lib/contracts/load.ts';
import type { AnswerKind } from '../../../lib/contracts/types.ts';
import { answerVerdict } from '../../../lib/envelopes/answer-verdict.ts';
import { isAccepted } from '../../../lib/envelopes/judge.ts';
import { failureRecord, type FailureRecord } from '../../../lib/reporting/failure-record.ts';
import type { Verdict } from '../../../lib/reporting/verdict.ts';
import { reportFailures } from '../../support/report-failures.ts';
import type { Answer } from './answer.ts';

/**
 * Collects every broken rule a test finds (checked with plain code), then reports them at once:
 * a `violated` annotation per requirement, `failures.json`, and one assertion carrying them all.
 */
export class Findings {
  readonly failures: FailureRecord[] = [];

  constructor(
    private readonly testInfo: TestInfo,
    private readonly seed: string,
  ) {}

  fail(
    requirement: string,
    documented: string | undefined,
    answer: Answer,
    received = answer.received,
    blockedBy?: string[],
  ): void {
    this.failures.push(
      failureRecord({
        requirement,
        ...(blockedBy ? { blockedBy } : {}),
        operation: answer.operation,
        format: answer.format,
        verb: answer.verb,
        case: answer.pairs,
        ...(documented !== undefined ? { documented } : {}),
        received,
        seed: this.seed,
        curl: answer.curl,
      }),
    );
  }

  /**
   * A requirement this test could not judge because `by` broke first (each recorded as a failure of
   * its own): reported as blocked, not failed, so one broken rule does not fail a crowd.
   */
  block(requirement: string, by: string[], documented: string, answer: Answer, received?: string): void {
    const causes = by.filter((cause) => cause !== requirement);
    if (causes.length === 0) return this.fail(requirement, documented, answer, received);
    this.fail(requirement, documented, answer, received, causes);
  }

  /**
   * The answer must be one of `accepted` (any error kind for a refusal, D24); false when not. What it breaks is
   * recorded as every phase judges it (answerVerdict): the cross-cutting rules, and `requirement`, or the envelope
   * of the kind that came with `requirement` blocked by it.
   */
  expectKind(answer: Answer, accepted: readonly AnswerKind[], requirement: string, documented: string): boolean {
    const operation = loadOperation(answer.operation);
    const verdict = answerVerdict(operation, answer.format, answer.judgement, accepted, [requirement]);
    this.record(verdict, answer, { [requirement]: `${documented} (answer ${accepted.join(' or ')})` });
    return isAccepted(answer.kind, accepted);
  }

  /**
   * Records what a verdict found, each with the answer: `documented` says what the documents say of a requirement
   * where the test knows better than the register's statement.
   */
  record(verdict: Verdict, answer: Answer, documented: Record<string, string> = {}, received?: string): void {
    for (const requirement of verdict.violated) this.fail(requirement, documented[requirement], answer, received);
    for (const { requirement, by } of verdict.onlyBlocked)
      this.fail(requirement, documented[requirement], answer, received, by);
  }

  /** A part of a test that does not apply to this target: recorded, never a failure. */
  notApplicable(requirement: string, reason: string): void {
    this.testInfo.annotations.push({ type: 'not-applicable', description: `${requirement}: ${reason}` });
  }

  async report(): Promise<void> {
    await reportFailures(this.testInfo, this.failures);
  }
}
