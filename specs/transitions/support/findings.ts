import { expect, type TestInfo } from '@playwright/test';
import type { AnswerKind } from '../../../lib/contracts/types.ts';
import { FAILURES_ATTACHMENT, type FailureRecord } from '../../../lib/reporting/failure-record.ts';
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

  fail(requirement: string, documented: string, answer: Answer, received = answer.received): void {
    this.failures.push({
      requirement,
      operation: answer.operation,
      format: answer.format,
      verb: answer.verb,
      case: answer.pairs,
      documented,
      received,
      seed: this.seed,
      curl: answer.curl,
    });
  }

  /** The answer must be one of `accepted`; false (and recorded) when not. */
  expectKind(answer: Answer, accepted: readonly AnswerKind[], requirement: string, documented: string): boolean {
    for (const broken of answer.broken) this.fail(broken, 'the answer keeps the cross-cutting rules (no 5xx, encoding, declaration)', answer);
    if (answer.kind !== undefined && accepted.includes(answer.kind)) return true;
    this.fail(requirement, `${documented} (answer ${accepted.join(' or ')})`, answer);
    return false;
  }

  /** A part of a test that does not apply to this target: recorded, never a failure. */
  notApplicable(requirement: string, reason: string): void {
    this.testInfo.annotations.push({ type: 'not-applicable', description: `${requirement}: ${reason}` });
  }

  async report(): Promise<void> {
    for (const requirement of new Set(this.failures.map((failure) => failure.requirement))) {
      if (requirement !== undefined) this.testInfo.annotations.push({ type: 'violated', description: requirement });
    }
    if (this.failures.length > 0) {
      await this.testInfo.attach(FAILURES_ATTACHMENT, { body: JSON.stringify(this.failures, null, 2), contentType: 'application/json' });
    }
    const summary = this.failures.map((failure) => `${failure.requirement} [${failure.operation}.${failure.format} ${failure.verb ?? ''}]: documented: ${failure.documented}; received: ${failure.received}\n    ${failure.curl}`);
    expect(summary, 'every requirement this test checks holds').toEqual([]);
  }
}
