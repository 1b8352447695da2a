import type { Account, AnswerKind, Format, Operation, OperationId, Verb } from '../../lib/contracts/types.ts';
import type { Judgement } from '../../lib/envelopes/judge.ts';
import type { Credentials } from '../../lib/model/predict.ts';
import type { Verdict } from '../../lib/reporting/verdict.ts';
import type { ResellerModel } from '../../lib/model/reseller-model.ts';

/** How one command reaches the target. */
export interface CallStyle {
  format: Format;
  verb: Verb;
  credentials: Credentials;
}

/** What the target answered, as the driver judged it. */
export interface Observation {
  /** The answer kind the body matches, if it matches any of the kinds asked about. */
  kind: AnswerKind | undefined;
  status: number;
  /** Status and a body excerpt, for failure messages. */
  received: string;
  /** The judge's verdict on the answer (what it broke, the kind it resembles), for attribution. */
  judgement: Judgement;
  /** Retrieve answers: the listed customers, every value decoded to a string. */
  customers?: Array<Record<string, string>>;
}

/** The real side of a model run: sends one operation (credentials and selectors added by the driver). */
export interface TargetDriver {
  call(
    operation: Operation,
    pairs: Array<[string, string]>,
    style: CallStyle,
    accepted: AnswerKind[],
  ): Promise<Observation>;
}

/** The model side of one execution of a command sequence. */
export interface ModelRun {
  model: ResellerModel;
  /** The calling reseller's packages, IP groups, IPs and whitelabels (from the target profile). */
  account: Account;
  /** Every username this execution has used, in order of first use (commands pick among them). */
  names: string[];
  /** A new username unique to this execution (run id, worker, execution counter inside). */
  freshName(): string;
  /** Whether a listed username belongs to this execution (the target may list others' customers). */
  inScope(username: string): boolean;
}

/** A check that failed inside a command: what it found (answerVerdict, the listing's) and what differed. */
export class ModelDisagreement extends Error {
  constructor(
    readonly verdict: Verdict,
    readonly operation: OperationId,
    readonly style: CallStyle,
    message: string,
  ) {
    super(message);
  }
}
