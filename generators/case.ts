import type { Account, AnswerKind, OperationId, Verb } from '../lib/contracts/types.ts';

/**
 * One generated call. Values may hold placeholders the executor fills in at send time:
 * `{api_user}`/`{api_key}` (the target's credentials), `customer.N@placeholder.invalid` (the username of a live
 * customer created for this case; 1 is the subject), `customer.N.without-at.placeholder.invalid` (the same, its
 * username not an email), and FRESH_SLOT (a stamp unique in the run, so a
 * username is never reused: deleted usernames stay reserved, D20).
 */
export interface Case {
  operation: OperationId;
  verb: Verb;
  params: Array<[string, string]>;
  /** The requirement this case breaks on purpose; absent for a valid case. */
  breaks?: string;
  /** Requirements the same value necessarily breaks too (an unowned value of a too-long package...). */
  alsoBreaks?: string[];
  /** Answers that are correct for this case. */
  accepted: AnswerKind[];
  /** `either`: the documents do not decide; success and refusal are both correct if the state agrees. */
  enforcement: 'enforced' | 'either';
}

/** What the generators know about the target: the calling reseller's account and the run. */
export interface GeneratorContext {
  account: Account;
  /** Items that belong to someone else (a second reseller's), used as "not yours" values. */
  foreignAccount?: Account;
  /** Start of every username (run prefix and run id). */
  namePrefix: string;
  /** YYYY-MM-DD (UTC) of the run. */
  today: string;
}

export const API_USER = '{api_user}';
export const API_KEY = '{api_key}';
/** Eight characters replaced by a run-unique stamp of the same length when the case is sent. */
export const FRESH_SLOT = '________';

// Email-shaped, so the rules a username must meet hold for the placeholder as for the name it stands for.
export function customerPlaceholder(index: number): string {
  return `customer.${index}@placeholder.invalid`;
}

const WITHOUT_AT = '.without-at.';

/**
 * A live customer whose username is no email under any reading (no @, D18), which create's table allows
 * (D4): a manage call's "Must be in email format" is broken by a customer that exists.
 */
export function customerWithoutAtPlaceholder(index: number): string {
  return `customer.${index}${WITHOUT_AT}placeholder.invalid`;
}

/** Either placeholder of a live customer; group 2 tells which. */
export const CUSTOMER_PLACEHOLDER = /customer\.(\d+)(@|\.without-at\.)placeholder\.invalid/g;

export function namesCustomerWithoutAt(placeholder: string): boolean {
  return placeholder.includes(WITHOUT_AT);
}
