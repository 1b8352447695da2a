import { loadRequirements } from '../contracts/load.ts';
import type { Operation } from '../contracts/types.ts';
import { Verdict } from '../reporting/verdict.ts';
import type { ListingMismatch } from './listing-mismatch.ts';
import type { Credentials } from './predict.ts';

/**
 * The requirement a listing that disagrees with the model after a call breaks, in every phase that compares one.
 * A call without valid credentials: the authentication rule (it must change nothing). A refused call: its
 * `refusing` half (no effect). A success: the flag it sets (`fieldRequirement`), another field of that customer
 * (`unchangedRequirement`), else its first effect requirement that can be observed, else its acceptance (an
 * update_password must still leave the list as it was). `field`: the listed field that differs, when one does.
 */
export function stateRequirement(
  operation: Operation,
  succeeded: boolean,
  credentials: Credentials,
  field: string | undefined,
): string {
  if (credentials !== 'valid') return credentials === 'missing' ? 'api.auth.required' : 'api.auth.wrong-credentials';
  const { effect } = operation;
  if (!succeeded) return effect.refusing ?? effect.accepting;
  if (effect.kind === 'sets' && field !== undefined)
    return field === effect.field ? effect.fieldRequirement : (effect.unchangedRequirement ?? effect.requirements[0]!);
  const register = loadRequirements();
  const observable = ('requirements' in effect ? effect.requirements : []).find(
    (id) => register.get(id)?.untestable === undefined,
  );
  return observable ?? effect.accepting;
}

/**
 * What a listing that disagrees with the model after a call breaks: each mismatch its stateRequirement, or, where
 * a cross-cutting rule explains it (the listed bytes' encoding), that rule broken and the requirement blocked by it.
 */
export function listingVerdict(
  operation: Operation,
  succeeded: boolean,
  credentials: Credentials,
  mismatches: readonly ListingMismatch[],
): Verdict {
  const verdict = new Verdict();
  for (const mismatch of mismatches)
    verdict.fail(
      stateRequirement(operation, succeeded, credentials, mismatch.field),
      mismatch.cause ? [mismatch.cause] : [],
    );
  return verdict;
}
