import type { Answer } from '../answers/answer.ts';
import type { Customer } from '../state/customer.ts';
import type { Call } from './call.ts';
import { fieldOf, sentValue } from './values.ts';

// D21: the active filter also takes 1/0.
const BOOLEAN_SPELLINGS: Record<string, string> = { '1': 'true', '0': 'false' };

/** Retrieve: the calling reseller's customers matching every filter sent (exact, case-sensitive; D21). */
export function listCustomers(call: Call): Answer {
  return listMatching(call, call.reseller.customers.values());
}

/** How a stored value matches a filter value. */
export type FilterMatch = (stored: string, wanted: string) => boolean;

const exactly: FilterMatch = (stored, wanted) => stored === wanted;

export function listMatching(call: Call, customers: Iterable<Customer>, matches: FilterMatch = exactly): Answer {
  const filters: Array<[string, string]> = [];
  for (const parameter of call.prepared.filters) {
    const value = sentValue(parameter, call.values);
    if (value === undefined) continue;
    filters.push([fieldOf(parameter), parameter.valueType === 'boolean' ? (BOOLEAN_SPELLINGS[value] ?? value) : value]);
  }
  const listed: Array<Array<[string, string]>> = [];
  for (const customer of customers) {
    if (!filters.every(([field, value]) => matches(customer.fields.get(field) ?? '', value))) continue;
    listed.push(call.listFields.map((field) => [field, customer.fields.get(field) ?? '']));
  }
  return { kind: 'customer-list', customers: listed };
}
