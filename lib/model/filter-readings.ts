import type { Operation } from '../contracts/types.ts';
import { matchingCustomers } from './matching-customers.ts';
import type { ModelCustomer } from './model-customer.ts';

/**
 * The customer sets a retrieve with these filters may list, one per matching reading the suite
 * accepts (D21: exact and case-sensitive, or partial and case-insensitive). A target passes when
 * its list equals one of them.
 */
export function filterReadings(
  retrieve: Operation,
  customers: ReadonlyMap<string, ModelCustomer>,
  filters: ReadonlyArray<readonly [string, string]>,
): Array<Map<string, ModelCustomer>> {
  const exact = matchingCustomers(retrieve, customers, filters);
  const partial = new Map<string, ModelCustomer>();
  for (const [username, customer] of customers) {
    const folded: ModelCustomer = {
      listed: fold(customer.listed),
      listedIfShown: {},
      unlisted: fold(customer.unlisted),
    };
    const all = filters.every(([name, value]) => {
      const parameter = retrieve.parameters.find((candidate) => candidate.name === name && candidate.role === 'filter');
      const field = parameter?.listedAs !== undefined ? folded.listed[parameter.listedAs] : folded.unlisted[name];
      return field !== undefined && field.includes(value.toLowerCase());
    });
    if (all) partial.set(username, customer);
  }
  return [exact, partial];
}

function fold(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, value.toLowerCase()]));
}
