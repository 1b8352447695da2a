import { SUCCESS, type Answer } from '../answers/answer.ts';
import { WEBSITE_ACCESS_FIELD } from '../operations/list-fields.ts';
import type { Customer } from '../state/customer.ts';
import type { Call } from './call.ts';
import { keepValues } from './keep-values.ts';

export function createCustomer(call: Call): Answer {
  const effect = call.prepared.operation.effect;
  const username = call.values.get('username')?.[0] ?? '';
  const customer: Customer = { username, fields: new Map(), lists: new Map() };
  keepValues(call, customer);
  customer.fields.set('username', username);
  if (effect.kind === 'creates')
    for (const [field, value] of Object.entries(effect.listed)) customer.fields.set(field, value);
  customer.fields.set(WEBSITE_ACCESS_FIELD, 'true');
  call.store.insert(call.reseller, customer);
  return SUCCESS;
}
