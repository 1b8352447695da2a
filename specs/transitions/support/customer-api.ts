import type { AnswerKind, Format, OperationId, Verb } from '../../../lib/contracts/types.ts';
import type { Answer } from './answer.ts';

/**
 * Whose credentials a call carries: the profile's reseller, the second reseller, a wrong key, the right
 * key with characters after it, none, an account that is not a reseller, or the reseller's api_user with
 * the second reseller's (valid) api_key.
 */
export type Caller =
  'reseller' | 'second-reseller' | 'wrong-key' | 'extended-key' | 'no-credentials' | 'non-reseller' | 'crossed-key';

export interface CallOptions {
  format: Format;
  verb: Verb;
  caller?: Caller;
}

/** Sends one operation (selectors and credentials added) and judges the answer against `accepted`. */
export interface CustomerApi {
  call(
    operationId: OperationId,
    pairs: Array<[string, string]>,
    options: CallOptions,
    accepted: AnswerKind[],
  ): Promise<Answer>;
}
