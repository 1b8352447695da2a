import type { AnswerKind } from '../contracts/types.ts';

/**
 * A rule a call breaks, as the model knows it:
 * named by the generator that built the call, or found in the model's state.
 */
export interface BrokenRule {
  requirement: string;
  parameter: string;
  message: string;
  /** Answers that count as a correct refusal of it. */
  refusal: AnswerKind[];
}

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
  violations: BrokenRule[];
}

/** Every answer kind the prediction accepts. */
export function acceptedKinds(prediction: Prediction): AnswerKind[] {
  if (prediction.outcome === 'success') return [prediction.success];
  if (prediction.outcome === 'refused') return prediction.refusal;
  return [prediction.success, ...prediction.refusal];
}
