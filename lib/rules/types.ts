import type { Account, AnswerKind, Constraint, ConstraintKind } from '../contracts/types.ts';
import type { ParameterValues } from '../contracts/parameter-values.ts';

/** What a rule may know beyond the parameters themselves: the caller's account, the date, the customers. */
export interface RuleContext {
  account: Account;
  /** YYYY-MM-DD, UTC. */
  today: string;
  /** A customer of any reseller, live or deleted, has this username. */
  isTaken(username: string): boolean;
  /** A live customer of the calling reseller has this username. */
  isRegisteredCustomer(username: string): boolean;
}

export type ViolationKind = ConstraintKind | 'missing' | 'empty' | 'repeated';

export interface Violation {
  requirement: string;
  parameter: string;
  kind: ViolationKind;
  message: string;
  /** Answers that count as a correct refusal of this violation. */
  refusal: AnswerKind[];
}

/** A constraint kind's predicate: does `value` satisfy `constraint`? */
export interface Rule<K extends ConstraintKind> {
  holds(
    value: string,
    constraint: Extract<Constraint, { kind: K }>,
    values: ParameterValues,
    context: RuleContext,
  ): boolean;
  /** Plain-words statement of the rule, for error messages: "must be ...". */
  describe(constraint: Extract<Constraint, { kind: K }>): string;
}
