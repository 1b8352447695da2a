import type { AnswerKind } from '../contracts/types.ts';
import type { Violation } from '../rules/types.ts';

/**
 * What the documents allow a target to answer to one call in one model state.
 * `success`: only success; `refused`: one of `refusal`; `either`: success or one of `refusal`
 * (an `either` constraint or an ambiguous presence was touched).
 */
export interface Prediction {
  outcome: 'success' | 'refused' | 'either';
  /** The answer kind of a success (the operation's `answers.success`). */
  success: AnswerKind;
  refusal: AnswerKind[];
  violations: Violation[];
}

/** Every answer kind the prediction accepts. */
export function acceptedKinds(prediction: Prediction): AnswerKind[] {
  if (prediction.outcome === 'success') return [prediction.success];
  if (prediction.outcome === 'refused') return prediction.refusal;
  return [prediction.success, ...prediction.refusal];
}
