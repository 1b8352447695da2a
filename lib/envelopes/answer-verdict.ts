import type { AnswerKind, Format, Operation } from '../contracts/types.ts';
import { Verdict } from '../reporting/verdict.ts';
import { outcomeOf } from './compiled-schemas.ts';
import { answerRequirements, isAccepted, type Judgement } from './judge.ts';

/**
 * What an answer breaks, in every phase, for a call whose correct answers are `accepted` and whose own rules are
 * `about` (the rules a refusal breaks, or the valid call's acceptance): the cross-cutting rules it broke (5xx,
 * encoding, declaration, a success without 2xx); and when it is not of an accepted kind, `about` where the answer
 * came with the other outcome, else blocked by the envelope of the kind that came (or by the cross-cutting rules
 * that left no kind to judge).
 */
export function answerVerdict(
  operation: Operation,
  format: Format,
  judgement: Judgement,
  accepted: readonly AnswerKind[],
  about: readonly string[],
): Verdict {
  const verdict = new Verdict();
  for (const broken of judgement.broken) verdict.fail(broken);
  if (isAccepted(judgement.kind, accepted)) return verdict;
  if (judgement.kind === undefined && judgement.broken.length > 0) {
    for (const requirement of about) verdict.fail(requirement, judgement.broken);
    return verdict;
  }
  const came = judgement.kind ?? judgement.shape;
  const outcomes = new Set(accepted.map(outcomeOf));
  const outcome =
    came !== undefined && outcomes.has(outcomeOf(came)) ? outcomeOf(came) : outcomes.has('error') ? 'error' : 'success';
  for (const requirement of about)
    verdict.fail(requirement, answerRequirements(operation, format, judgement, { outcome, about: requirement }));
  return verdict;
}
