import { encodePairs } from './encode.ts';

export const KEY_PLACEHOLDER = '$API_KEY';
const KEY_PARAMETER = 'api_key';

/** The pairs with every api_key value replaced by `$API_KEY` (encoded as-is so it stays readable). */
export function redactedQuery(params: ReadonlyArray<readonly [string, string]>): string {
  return params
    .map(([name, value]) => (name === KEY_PARAMETER ? `${encodeURIComponent(name)}=${KEY_PLACEHOLDER}` : encodePairs([[name, value]])))
    .join('&');
}

/** Removes any literal occurrence of the key values from text that came back (a target may echo it). */
export function scrubKeys(text: string, params: ReadonlyArray<readonly [string, string]>): string {
  let scrubbed = text;
  for (const [name, value] of params) {
    if (name !== KEY_PARAMETER || value.length === 0) continue;
    scrubbed = scrubbed.split(value).join(KEY_PLACEHOLDER);
    const encoded = encodeURIComponent(value);
    if (encoded !== value) scrubbed = scrubbed.split(encoded).join(KEY_PLACEHOLDER);
  }
  return scrubbed;
}
