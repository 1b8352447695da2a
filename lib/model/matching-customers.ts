import type { Operation } from '../contracts/types.ts';
import type { ModelCustomer } from './model-customer.ts';

/**
 * The model's customers a retrieve with these filters must list (D21: exact, case-sensitive
 * equality; the suite only filters by values that read the same under every matching reading).
 * A filter's field is its contract `listedAs`, else the value the model keeps unlisted.
 */
export function matchingCustomers(
  retrieve: Operation,
  customers: ReadonlyMap<string, ModelCustomer>,
  filters: ReadonlyArray<readonly [string, string]>,
): Map<string, ModelCustomer> {
  const matches = new Map<string, ModelCustomer>();
  for (const [username, customer] of customers) {
    const all = filters.every(([name, value]) => {
      const parameter = retrieve.parameters.find((candidate) => candidate.name === name && candidate.role === 'filter');
      if (!parameter) throw new Error(`${name} is not a filter of ${retrieve.id}`);
      const field = parameter.listedAs;
      return (field !== undefined ? customer.listed[field] : customer.unlisted[name]) === value;
    });
    if (all) matches.set(username, customer);
  }
  return matches;
}
