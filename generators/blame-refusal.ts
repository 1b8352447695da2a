import { VERB_REQUIREMENTS } from '../lib/contracts/formats.ts';
import type { Operation, Verb } from '../lib/contracts/types.ts';
import { blameValue, type Accepts } from './documented-values.ts';
import { limitsSatOn, stepInsideLimit, type LimitSatOn } from './inside-limits.ts';

/**
 * What a valid call the target refused breaks, found by sending variants of it (`accepts`; fresh names are the
 * caller's business): with values sitting on length limits ("no more than N" accepts N, "at least N" accepts N),
 * the call with every such value one character inside; accepted, each limit is tried alone (the others inside),
 * and one refused there is that limit's accepting half. When no value sits on a limit, or the values inside are
 * refused too, a value the documents' example replaces, or a tighter limit, may be why (blameValue). Undefined when
 * no variant shows a reason: the refusal stays the operation's (`effect.accepting`).
 */
export async function blameRefusal(
  operation: Operation,
  params: Array<[string, string]>,
  accepts: Accepts,
): Promise<string[] | undefined> {
  const limits = limitsSatOn(operation, params);
  const inside = (except?: LimitSatOn) => limits.filter((limit) => limit !== except).reduce(stepInsideLimit, params);
  if (limits.length === 0 || !(await accepts(inside()))) return blameValue(operation, params, accepts);
  const blamed: string[] = [];
  for (const limit of limits) if (!(await accepts(inside(limit)))) blamed.push(...limit.requirements);
  return blamed.length > 0 ? blamed : undefined;
}

/**
 * What a valid call refused by another verb than GET breaks when the same call by GET is accepted: that verb's
 * requirement (D14: every operation takes its parameters by GET and by POST). Undefined when it went by GET, or GET
 * is refused too. Every phase asks this first (generated cases, scenarios, model runs), each sending by its own way.
 */
export async function verbBlamed(verb: Verb, acceptedByGet: () => Promise<boolean>): Promise<string[] | undefined> {
  if (verb === 'GET') return undefined;
  return (await acceptedByGet()) ? [VERB_REQUIREMENTS[verb]] : undefined;
}

/**
 * What a list refused where it is empty breaks: the operation's empty-list requirement (D23: a list that matches no
 * customer is answered empty, not refused). Undefined when the operation has none or the list is not known empty.
 * Every phase asks this after verbBlamed, each knowing the list empty its own way (its model, a probe, the full list).
 */
export async function emptyListBlamed(
  operation: Operation,
  knownEmpty: () => boolean | Promise<boolean>,
): Promise<string[] | undefined> {
  const requirement = operation.answers.emptyListRequirement;
  if (requirement === undefined) return undefined;
  return (await knownEmpty()) ? [requirement] : undefined;
}
