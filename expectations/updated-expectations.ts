import type { Certificate, Expectation } from '../reports/src/certificate-types.ts';

/**
 * The known deviations after a run: requirements that failed become expected failures, declared
 * failures that passed are dropped, and everything else (test entries, flaky, not-applicable,
 * requirements the run did not judge) stays as declared.
 */
export function updatedExpectations(current: readonly Expectation[], certificate: Certificate): Expectation[] {
  const byRequirement = new Map(certificate.requirements.map((result) => [result.id, result]));
  const kept = current.filter((expectation) => {
    if (expectation.requirement === undefined || expectation.expected !== 'fail') return true;
    return byRequirement.get(expectation.requirement)?.status !== 'unexpected-pass';
  });
  const declared = new Set(kept.flatMap((expectation) => (expectation.requirement ? [expectation.requirement] : [])));
  const run = `run ${certificate.run.runId ?? '?'}, seed ${certificate.run.seed ?? '?'}`;
  const added: Expectation[] = certificate.requirements
    .filter((result) => result.status === 'failed' && !declared.has(result.id))
    .map((result) => ({
      requirement: result.id,
      expected: 'fail',
      reason:
        `Observed failing (${run})${result.reason ? `: ${result.reason.split('\n')[0]}` : ''}. ` +
        'Replace with the documented reason.',
    }));
  return [...kept, ...added].sort((a, b) =>
    (a.requirement ?? a.test ?? '').localeCompare(b.requirement ?? b.test ?? ''),
  );
}
