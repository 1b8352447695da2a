/** One request as the emulator received it, enough to send it again byte for byte. */
export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
  contentType?: string;
  body?: string;
}
