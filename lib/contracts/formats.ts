import { loadOperations } from './load.ts';
import type { Format, Verb } from './types.ts';

/** Every format some operation's contract is offered in, in contract order. */
export function contractFormats(): Format[] {
  return [...new Set(loadOperations().flatMap((operation) => operation.formats))];
}

/** Every verb some operation's contract accepts, in contract order. */
export function contractVerbs(): Verb[] {
  return [...new Set(loadOperations().flatMap((operation) => operation.verbs))];
}

/** The requirement that every operation takes its parameters by this verb (D14). */
export const VERB_REQUIREMENTS: Record<Verb, string> = { GET: 'api.verb.get', POST: 'api.verb.post' };

/** The requirement that every operation answers in this format when asked for it (its path's extension). */
export const FORMAT_REQUIREMENTS: Record<Format, string> = { json: 'api.format.json', xml: 'api.format.xml' };
