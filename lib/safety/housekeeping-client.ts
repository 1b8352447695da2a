import { createClient, type ClientOptions, type TargetClient } from '../client/client.ts';
import { resellersOf, type ResolvedTarget } from '../target/resolve-target.ts';

/**
 * A client for the suite's own housekeeping (the probe, sweeps, teardown, `npm run cleanup`): every
 * reseller's key scrubbed from what it records, the target's request budget kept.
 */
export function housekeepingClient(
  target: ResolvedTarget,
  options: Pick<ClientOptions, 'timeoutMs' | 'connections' | 'maxRetries'>,
): TargetClient {
  return createClient({
    baseUrl: target.baseUrl,
    secrets: resellersOf(target).map((reseller) => reseller.apiKey),
    ...options,
    ...(target.requestsPerSecond !== undefined ? { requestsPerSecond: target.requestsPerSecond } : {}),
  });
}
