import type { Format } from '../contracts/types.ts';
import { listedValueAgrees, mismatchCause } from './listed-value.ts';
import type { ListingMismatch } from './listing-mismatch.ts';
import type { ModelCustomer } from './model-customer.ts';

/**
 * Compares a retrieve list with the customers the model expects. Only entries `inScope` are judged
 * (a shared target lists customers this run did not create). Every expected customer must be
 * listed once with its `listed` fields; `listedIfShown` fields are compared only where listed.
 * A field agrees in any form the contracts allow (lib/model/listed-value.ts); a difference that a
 * cross-cutting rule explains (the XML bytes' encoding) names it as its `cause`.
 */
export function compareListing(
  expected: ReadonlyMap<string, ModelCustomer>,
  listed: ReadonlyArray<Readonly<Record<string, string | undefined>>>,
  inScope: (username: string) => boolean,
  format: Format = 'json',
): ListingMismatch[] {
  const differs = (username: string, field: string, value: string, shown: string | undefined): ListingMismatch => {
    const cause = mismatchCause(value, shown, format);
    return { username, problem: 'field differs', field, expected: value, listed: shown, ...(cause ? { cause } : {}) };
  };
  const mismatches: ListingMismatch[] = [];
  const seen = new Map<string, number>();
  for (const entry of listed) {
    const username = entry['username'];
    if (username === undefined || !inScope(username)) continue;
    seen.set(username, (seen.get(username) ?? 0) + 1);
    if (seen.get(username) === 2) mismatches.push({ username, problem: 'listed more than once' });
    const customer = expected.get(username);
    if (!customer) {
      if (seen.get(username) === 1) mismatches.push({ username, problem: 'listed but not expected' });
      continue;
    }
    for (const [field, value] of Object.entries(customer.listed)) {
      if (!listedValueAgrees(field, value, entry[field]))
        mismatches.push(differs(username, field, value, entry[field]));
    }
    for (const [field, value] of Object.entries(customer.listedIfShown)) {
      const shown = entry[field];
      if (shown !== undefined && !listedValueAgrees(field, value, shown))
        mismatches.push(differs(username, field, value, shown));
    }
  }
  for (const username of expected.keys()) {
    if (inScope(username) && !seen.has(username)) mismatches.push({ username, problem: 'not listed' });
  }
  return mismatches;
}
