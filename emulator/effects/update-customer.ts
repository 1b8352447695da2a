import { SUCCESS, type Answer } from '../answers/answer.ts';
import type { Call } from './call.ts';
import { keepValues } from './keep-values.ts';
import { sentValue } from './values.ts';

/** `updates` and `not-observable` (a new password): the sent values replace the stored ones. */
export function updateCustomer(call: Call): Answer {
  const effect = call.prepared.operation.effect;
  const username = sentValue(call.prepared.subject, call.values);
  const customer = username === undefined ? undefined : call.reseller.customers.get(username);
  if (customer) keepValues(call, customer, effect.kind === 'updates' ? effect.fromParameters : undefined);
  return SUCCESS;
}
