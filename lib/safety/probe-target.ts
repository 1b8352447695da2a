import type { ResolvedTarget } from '../target/resolve-target.ts';
import { housekeepingClient } from './housekeeping-client.ts';
import { listCustomers, type Listing } from './customer-directory.ts';

export const PROBE_TIMEOUT_MS = 5_000;

/** Thrown when the target cannot be tested at all: nothing was run. */
export class TargetUnusableError extends Error {}

/**
 * One retrieve, to tell an unreachable target or refused credentials in one message (instead of
 * hundreds of failures): throws TargetUnusableError for those; otherwise the listing, which may be a
 * failure the tests will describe.
 */
export async function probeTarget(target: ResolvedTarget): Promise<Listing> {
  const client = housekeepingClient(target, { timeoutMs: PROBE_TIMEOUT_MS, connections: 1, maxRetries: 0 });
  try {
    const listing = await listCustomers(client, target);
    if ('failure' in listing && listing.exchange.status === 0) {
      throw new TargetUnusableError(
        `the target "${target.name}" at ${target.baseUrl} cannot be reached: ${listing.exchange.error}. ` +
          'No test was run.',
      );
    }
    // Only the recorded wrong-credentials answer stops the run: another error (an empty list answered
    // as an error, say) is a finding the tests judge, not a reason to run none of them.
    if ('failure' in listing && listing.kind === 'auth-error') {
      throw new TargetUnusableError(
        `the target "${target.name}" at ${target.baseUrl} refused the credentials of ${target.apiUser} ` +
          `(retrieve answered ${listing.kind}: ${listing.failure}). ` +
          'Check the api_user/api_key (CONFORMANCE_API_USER / CONFORMANCE_API_KEY). No test was run.',
      );
    }
    return listing;
  } finally {
    await client.close();
  }
}
