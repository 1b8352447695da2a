import type { Endpoint, Format, Verb } from '../contracts/types.ts';

/** One call to a target. Parameters travel as ordered pairs so repeated keys survive. */
export interface Request {
  endpoint: Endpoint;
  format: Format;
  verb: Verb;
  params: Array<[string, string]>;
}

/** An answer the client did not keep: it waited and sent the request again. */
export interface Retry {
  /** Status of the answer that was retried (429, 5xx). */
  status: number;
  /** How long the client waited before sending again. */
  waitedMs: number;
  reason: string;
}

/** A call and its answer, as recorded: every field is free of the api_key value. */
export interface Exchange {
  request: {
    verb: Verb;
    /** Full URL; for GET it carries the parameters (api_key as `$API_KEY`). */
    url: string;
    /** Form-encoded body of a POST (api_key as `$API_KEY`). */
    body?: string;
  };
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  durationMs: number;
  /** A shell command reproducing the call; expects the key in the environment variable API_KEY. */
  curl: string;
  /**
   * Set when no usable answer arrived, in words that name the cause (timed out, connection reset,
   * truncated body, body over the size cap, a content type that is not the format asked for):
   * status is 0 when nothing arrived; the body is empty unless an answer arrived but could not be used.
   */
  error?: string;
  /** Answers retried before this one (429, or 5xx on a read), oldest first. */
  retries?: Retry[];
}
