import type { Endpoint, Format, Verb } from '../contracts/types.ts';

/** One call to a target. Parameters travel as ordered pairs so repeated keys survive. */
export interface Request {
  endpoint: Endpoint;
  format: Format;
  verb: Verb;
  params: Array<[string, string]>;
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
  /** Set when no answer arrived (connection refused, timeout...): status is 0 and body empty. */
  error?: string;
}
