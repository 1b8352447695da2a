import { SUCCESS, type Answer } from '../answers/answer.ts';
import type { Call } from './call.ts';
import { sentValue } from './values.ts';

export function setField(call: Call): Answer {
  const effect = call.prepared.operation.effect;
  const username = sentValue(call.prepared.subject, call.values);
  const customer = username === undefined ? undefined : call.reseller.customers.get(username);
  if (customer && effect.kind === 'sets') customer.fields.set(effect.field, effect.value);
  return SUCCESS;
}
