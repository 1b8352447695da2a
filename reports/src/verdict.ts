import type { RequirementResult, Verdict } from './certificate-types.ts';

/** Ambiguous requirements are reported but never counted against the target. */
export function verdictOf(results: RequirementResult[]): { verdict: Verdict; reason: string } {
  const counted = results.filter((result) => result.level !== 'ambiguous');
  const count = (status: RequirementResult['status']) => counted.filter((result) => result.status === status).length;
  const failed = count('failed');
  const notRun = count('not-run');
  const blocked = count('blocked');
  const expected = count('expected-failure');
  if (counted.length === 0)
    return { verdict: 'non-conformant', reason: 'the register has no documented or inferred requirement to judge' };
  if (failed > 0 || notRun > 0 || blocked > 0) {
    const parts = [
      failed > 0 && `${failed} requirement(s) failed`,
      blocked > 0 && `${blocked} not judged because others failed first`,
      notRun > 0 && `${notRun} requirement(s) not run`,
    ].filter(Boolean);
    return { verdict: 'non-conformant', reason: `${parts.join(', ')} (documented or inferred)` };
  }
  if (expected > 0) {
    return {
      verdict: 'partially-conformant',
      reason: `${expected} requirement(s) fail as declared known deviations of this target; all others passed`,
    };
  }
  return {
    verdict: 'conformant',
    reason: `all ${counted.length - count('not-applicable')} testable documented and inferred requirements passed`,
  };
}
