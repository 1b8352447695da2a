import type { TestInfo } from '@playwright/test';
import { loadOperation } from '../../../lib/contracts/load.ts';
import type { AnswerKind } from '../../../lib/contracts/types.ts';
import { outcomeOf } from '../../../lib/envelopes/compiled-schemas.ts';
import { answerRequirements, isAccepted } from '../../../lib/envelopes/judge.ts';
import { failureRecord, type FailureRecord } from '../../../lib/reporting/failure-record.ts';
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
    documented: string,
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
        documented,
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
   * The answer must be one of `accepted` (any error kind for a refusal, D24); false (and recorded)
   * when not. A broken envelope is blamed on the envelope of the kind that came; what a 5xx or a
   * broken envelope keeps from being judged is blocked by it.
   */
  expectKind(answer: Answer, accepted: readonly AnswerKind[], requirement: string, documented: string): boolean {
    const crossCutting = 'the answer keeps the cross-cutting rules (no 5xx, encoding, declaration)';
    for (const broken of answer.broken) this.fail(broken, crossCutting, answer);
    if (isAccepted(answer.kind, accepted)) return true;
    const expectedDocument = `${documented} (answer ${accepted.join(' or ')})`;
    if (answer.kind === undefined && answer.broken.length > 0) {
      this.block(requirement, answer.broken, expectedDocument, answer);
      return false;
    }
    const outcome = accepted.some((kind) => outcomeOf(kind) === 'error') ? 'error' : 'success';
    const broken = answerRequirements(loadOperation(answer.operation), answer.format, answer.judgement, {
      outcome,
      about: requirement,
    });
    for (const envelope of broken.filter((id) => id !== requirement))
      this.fail(envelope, 'the answer is a well-formed envelope of the kind it is', answer);
    if (broken.includes(requirement)) this.fail(requirement, expectedDocument, answer);
    else this.block(requirement, broken, expectedDocument, answer);
    return false;
  }

  /** A part of a test that does not apply to this target: recorded, never a failure. */
  notApplicable(requirement: string, reason: string): void {
    this.testInfo.annotations.push({ type: 'not-applicable', description: `${requirement}: ${reason}` });
  }

  async report(): Promise<void> {
    await reportFailures(this.testInfo, this.failures);
  }
}
