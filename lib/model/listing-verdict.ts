import { loadRequirements } from '../contracts/load.ts';
import { groupParameters, subjectValue, valuesOf } from '../contracts/parameter-values.ts';
import type { Effect, Operation } from '../contracts/types.ts';
import { Verdict } from '../reporting/verdict.ts';
import type { ListingMismatch } from './listing-mismatch.ts';
import type { Credentials } from './predict.ts';

/** A call whose listing afterwards is judged: what was sent, how, and whether it succeeded. */
export interface JudgedCall {
  operation: Operation;
  pairs: ReadonlyArray<readonly [string, string]>;
  credentials: Credentials;
  succeeded: boolean;
  /** A flag call that found its flag already at the value it sets (a second call in a row). */
  repeated?: boolean;
}

/**
 * The requirement a listing that disagrees with the model after a call breaks, in every phase that compares one,
 * routed by the contract's effect (lib/contracts/listing-routes.ts). A call without valid credentials: the
 * authentication rule (it must change nothing). A refused call: its `refusing` half (no effect). A success: the
 * flag it sets (`fieldRequirement`; `idempotentRequirement` for a second call in a row), a listed field it was
 * not sent (`unchangedRequirement`), a field a create fixes (`fixedRequirement`), the username a rename leaves
 * (`oldNameRequirement`) or gives (`newNameRequirement`); else its first effect requirement that can be observed,
 * else its acceptance (an update_password must still leave the list as it was). `mismatch`: what differs.
 */
export function stateRequirement(
  call: JudgedCall,
  mismatch?: Partial<Pick<ListingMismatch, 'username' | 'field'>>,
): string {
  const { operation, credentials, succeeded } = call;
  if (credentials !== 'valid') return credentials === 'missing' ? 'api.auth.required' : 'api.auth.wrong-credentials';
  const { effect } = operation;
  if (!succeeded) return effect.refusing ?? effect.accepting;
  const field = mismatch?.field;
  const routed = (() => {
    switch (effect.kind) {
      case 'sets':
        if (field === effect.field) return (call.repeated && effect.idempotentRequirement) || effect.fieldRequirement;
        return field !== undefined ? effect.unchangedRequirement : undefined;
      case 'creates':
        return field !== undefined && field in effect.listed ? effect.fixedRequirement : undefined;
      case 'updates':
        return field !== undefined && !sentFields(call).includes(field) ? effect.unchangedRequirement : undefined;
      case 'renames':
        if (mismatch?.username === undefined) return undefined;
        return mismatch.username === subjectValue(call.operation, groupParameters(call.pairs))
          ? effect.oldNameRequirement
          : effect.newNameRequirement;
      default:
        return undefined;
    }
  })();
  return routed ?? unroutedRequirement(effect);
}

/** Where no route fits a success's listing: the effect's first requirement that can be observed, else acceptance. */
export function unroutedRequirement(effect: Effect): string {
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
export function listingVerdict(call: JudgedCall, mismatches: readonly ListingMismatch[]): Verdict {
  const verdict = new Verdict();
  for (const mismatch of mismatches)
    verdict.fail(stateRequirement(call, mismatch), mismatch.cause ? [mismatch.cause] : []);
  return verdict;
}

/** The listed fields an update sent a value for. */
function sentFields({ operation, pairs }: JudgedCall): string[] {
  const values = groupParameters(pairs);
  return operation.parameters
    .filter((parameter) => parameter.listedAs !== undefined && valuesOf(parameter, values) !== undefined)
    .map((parameter) => parameter.listedAs!);
}
