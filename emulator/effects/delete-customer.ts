import { SUCCESS, type Answer } from '../answers/answer.ts';
import type { Call } from './call.ts';
import { sentValue } from './values.ts';

export function deleteCustomer(call: Call): Answer {
  const username = sentValue(call.prepared.subject, call.values);
  if (username !== undefined) call.store.remove(call.reseller, username);
  return SUCCESS;
}
