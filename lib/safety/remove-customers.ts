import type { TargetClient } from '../client/client.ts';
import { deleteCustomer, listCustomers, type Reseller } from './customer-directory.ts';

export interface CleanupOutcome {
  deleted: string[];
  failures: string[];
}

/**
 * Lists each reseller's customers and deletes those `chosen` picks; nothing else is touched.
 * Never throws: every problem becomes a failure line.
 */
export async function removeCustomers(
  client: TargetClient,
  resellers: Reseller[],
  chosen: (username: string) => boolean,
): Promise<CleanupOutcome> {
  const outcome: CleanupOutcome = { deleted: [], failures: [] };
  for (const reseller of resellers) {
    const listing = await listCustomers(client, reseller);
    if ('failure' in listing) {
      outcome.failures.push(`cannot list the customers of ${reseller.apiUser}: ${listing.failure}`);
      continue;
    }
    for (const username of listing.usernames.filter(chosen)) {
      const failure = await deleteCustomer(client, reseller, username);
      if (failure) outcome.failures.push(failure);
      else outcome.deleted.push(username);
    }
  }
  return outcome;
}
