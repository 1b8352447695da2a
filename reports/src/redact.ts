const KEY_IN_QUERY = /(api_key=)(?!\$API_KEY|\[redacted\])[^&\s'"<\\]+/g;

/**
 * Last line of defence before a report file is written: removes every known secret and any literal
 * api_key value in a query string, whatever put it there.
 */
export function redact(text: string, secrets: string[]): string {
  let clean = text.replace(KEY_IN_QUERY, '$1[redacted]');
  for (const secret of secrets) {
    if (secret.length > 0) clean = clean.split(secret).join('[redacted]');
  }
  return clean;
}
