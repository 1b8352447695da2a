import type { AnswerKind, Format, OperationId, Verb } from '../../../lib/contracts/types.ts';

/** One call and what came back, judged: everything a failure record needs. */
export interface Answer {
  operation: OperationId;
  format: Format;
  verb: Verb;
  /** The parameters sent (selectors and credentials excluded). */
  pairs: Array<[string, string]>;
  /** The answer kind among those asked about that the body matches, if any. */
  kind: AnswerKind | undefined;
  status: number;
  /** Status, kind and a body excerpt, api_key-free. */
  received: string;
  /** Requirement IDs of cross-cutting rules the answer broke (5xx, encoding, declaration). */
  broken: string[];
  /** Undefined when the answer is a refusal of any error shape (lib/envelopes/error-shaped.ts), else what it is instead. */
  notErrorShaped: string | undefined;
  /** Retrieve: the listed customers, values decoded to strings. */
  customers: Array<Record<string, string>>;
  /** A curl reproduction with $API_KEY. */
  curl: string;
}
