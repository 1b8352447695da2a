import type { TargetClient } from '../../lib/client/client.ts';
import type { Exchange } from '../../lib/client/exchange.ts';
import type { Format, Operation, Verb } from '../../lib/contracts/types.ts';
import type { ResolvedTarget } from '../../lib/target/resolve-target.ts';
import { KEY_PLACEHOLDER } from '../../lib/client/redact.ts';
import { API_KEY, API_USER } from '../../generators/case.ts';

/** Sends an operation with the target's credentials filled in for the placeholders. */
export function call(
  client: TargetClient,
  target: ResolvedTarget,
  operation: Operation,
  format: Format,
  verb: Verb,
  params: Array<[string, string]>,
): Promise<Exchange> {
  return client.send({ endpoint: operation.endpoint, format, verb, params: withCredentials(target, params) });
}

export function withCredentials(target: ResolvedTarget, params: Array<[string, string]>): Array<[string, string]> {
  return params.map(([name, value]) => [
    name,
    value === API_USER ? target.apiUser : value === API_KEY ? target.apiKey : value,
  ]);
}

/** The parameters as a report shows them: the reseller's api_user, the api_key as `$API_KEY`. */
export function shownPairs(target: ResolvedTarget, params: Array<[string, string]>): Array<[string, string]> {
  return params.map(([name, value]) => [
    name,
    value === API_KEY ? KEY_PLACEHOLDER : value === API_USER ? target.apiUser : value,
  ]);
}
