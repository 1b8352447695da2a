import type { Format, OperationId, Verb } from '../contracts/types.ts';

/** Name of the attachment a failing conformance test adds; the certificate reporter reads it. */
export const FAILURES_ATTACHMENT = 'failures.json';

/**
 * One broken rule found by a conformance test. A failing test attaches `failures.json` holding an
 * array of these (JSON, `application/json`). Every string is already free of the api_key.
 */
export interface FailureRecord {
  /** The requirement found broken (also added as a `violated` annotation). */
  requirement?: string;
  operation: OperationId;
  format: Format;
  verb?: Verb;
  /** The shrunk case: the parameters sent, as ordered pairs, api_key redacted. */
  case: unknown;
  /** What the documents say should happen. */
  documented: string;
  /** What came back (status, answer kind, body excerpt). */
  received: string;
  /** Seed of the run (CONFORMANCE_SEED) and, for properties, fast-check's replay path. */
  seed: string | number;
  path?: string;
  /** A curl reproduction using $API_KEY. */
  curl: string;
}
