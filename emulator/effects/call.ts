import type { Effect } from '../../lib/contracts/types.ts';
import type { ParameterValues } from '../../lib/contracts/parameter-values.ts';
import type { Answer } from '../answers/answer.ts';
import type { PreparedOperation } from '../operations/prepared-operation.ts';
import type { CustomerStore } from '../state/customer-store.ts';
import type { Reseller } from '../state/reseller.ts';

/** A call that passed authentication, selection and validation: what an effect handler works on. */
export interface Call {
  store: CustomerStore;
  reseller: Reseller;
  prepared: PreparedOperation;
  values: ParameterValues;
  /** Fields of a list entry, in order. */
  listFields: readonly string[];
}

/** Synchronous in the standard parts; a Promise only where a defect waits before it writes. */
export type EffectHandler = (call: Call) => Answer | Promise<Answer>;
export type EffectHandlers = Record<Effect['kind'], EffectHandler>;

/** Applies `next` to an effect's answer, now or when it comes. */
export function mapAnswer(
  answer: Answer | Promise<Answer>,
  next: (settled: Answer) => Answer,
): Answer | Promise<Answer> {
  return answer instanceof Promise ? answer.then(next) : next(answer);
}
