import type { AnswerKind, Format, Operation } from '../contracts/types.ts';
import { answerVerdict } from '../envelopes/answer-verdict.ts';
import { outcomeOf } from '../envelopes/compiled-schemas.ts';
import type { Judgement } from '../envelopes/judge.ts';
import type { Verdict } from '../reporting/verdict.ts';
import { compareListing } from './compare-listing.ts';
import type { ListingMismatch } from './listing-mismatch.ts';
import { listingVerdict, stateRequirement } from './listing-verdict.ts';
import type { Credentials } from './predict.ts';
import type { ResellerModel } from './reseller-model.ts';

/** What the model allows for one call: the kinds that answer it correctly, and the rules it is about. */
export interface StepExpectation {
  operation: Operation;
  format: Format;
  credentials: Credentials;
  pairs: ReadonlyArray<readonly [string, string]>;
  accepted: readonly AnswerKind[];
  /** The call's own rules: the valid call's acceptance, or the rules a refusal breaks. */
  about: readonly string[];
}

/**
 * What retrieve showed after the call: the listed customers, or what kept them from being read (`verdict`, its
 * broken requirements; the retrieve's own failures are in it too). `inScope`: the listed usernames the step judges.
 */
export type ListingObservation =
  | { listed: ReadonlyArray<Readonly<Record<string, string>>>; inScope: (username: string) => boolean }
  | { unread: Verdict; problems: string[] };

export interface StepOutcome {
  verdict: Verdict;
  succeeded: boolean;
  mismatches: ListingMismatch[];
  problems: string[];
}

/**
 * One call checked as every phase checks it (generated cases, model sequences): the answer judged against what the
 * model allows (answerVerdict); a success applied to the model; then what retrieve lists compared with the model
 * (compareListing, listingVerdict): a success shows its effect, anything else leaves the list as it was. A listing
 * that could not be read blocks the effect's requirement by what broke. An operation without effect ends at the
 * answer.
 */
export async function checkStep(
  expectation: StepExpectation,
  model: ResellerModel,
  answer: Judgement,
  listing: (succeeded: boolean) => Promise<ListingObservation>,
): Promise<StepOutcome> {
  const { operation, format, credentials, pairs, accepted, about } = expectation;
  const verdict = answerVerdict(operation, format, answer, accepted, about);
  const succeeded = answer.kind !== undefined && outcomeOf(answer.kind) === 'success';
  if (operation.effect.kind === 'none') return { verdict, succeeded, mismatches: [], problems: [] };
  const call = { operation, pairs, credentials, succeeded, repeated: model.alreadySet(operation, pairs) };
  if (succeeded) model.apply(operation, pairs);
  const observed = await listing(succeeded);
  if ('unread' in observed) {
    verdict.add(observed.unread);
    verdict.fail(stateRequirement(call), [...observed.unread.violated]);
    return { verdict, succeeded, mismatches: [], problems: observed.problems };
  }
  const mismatches = compareListing(model.customers, observed.listed, observed.inScope, format);
  verdict.add(listingVerdict(call, mismatches));
  return { verdict, succeeded, mismatches, problems: [] };
}
