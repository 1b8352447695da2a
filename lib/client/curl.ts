import type { Verb } from '../contracts/types.ts';
import { KEY_PLACEHOLDER } from './redact.ts';

/**
 * A curl command reproducing a call: every pair passed with --data-urlencode (in order; with -G for
 * GET), so the key can be given raw in the environment variable API_KEY.
 */
export function curlCommand(verb: Verb, url: string, params: ReadonlyArray<readonly [string, string]>): string {
  const pairs = params.map(
    ([name, value]) => `--data-urlencode "${quoted(name)}=${name === 'api_key' ? KEY_PLACEHOLDER : quoted(value)}"`,
  );
  return ['curl -sS', ...(verb === 'GET' ? ['-G'] : []), `"${quoted(url)}"`, ...pairs].join(' ');
}

// Inside double quotes the shell interprets \ " ` and $: escape them all.
function quoted(text: string): string {
  return text.replace(/[\\"`$]/g, (character) => `\\${character}`);
}
