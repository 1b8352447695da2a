import { SUCCESS, type Answer } from '../answers/answer.ts';
import type { Call } from './call.ts';
import { sentValue } from './values.ts';

export function renameCustomer(call: Call): Answer {
  const effect = call.prepared.operation.effect;
  if (effect.kind !== 'renames') return SUCCESS;
  const from = sentValue(call.prepared.subject, call.values);
  const to = call.values.get(effect.parameter)?.[0];
  if (from !== undefined && to !== undefined && to !== '') call.store.rename(call.reseller, from, to);
  return SUCCESS;
}
