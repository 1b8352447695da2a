import type { Format, Operation } from '../../lib/contracts/types.ts';
import { compareListing } from '../../lib/model/compare-listing.ts';
import type { ListingMismatch } from '../../lib/model/listing-mismatch.ts';
import { ResellerModel } from '../../lib/model/reseller-model.ts';
import type { Listed } from './listing.ts';

/** A username the call is about, and what retrieve showed for it. */
export type Snapshot = Map<string, Listed | undefined>;

/**
 * Differences between what retrieve shows after the call and what the model expects: the customers
 * listed before, with the operation's effect applied when the call succeeded. Empty when they agree.
 */
export function stateDisagreements(
  operation: Operation,
  format: Format,
  params: Array<[string, string]>,
  succeeded: boolean,
  before: Snapshot,
  after: Snapshot,
): ListingMismatch[] {
  const model = ResellerModel.holding(before);
  if (succeeded) model.apply(operation, params);
  const listed = [...after.values()].filter((entry): entry is Listed => entry !== undefined);
  return compareListing(model.customers, listed, (username) => after.has(username), format);
}
