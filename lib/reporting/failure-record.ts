import { loadRequirements } from '../contracts/load.ts';
import type { Format, OperationId, Verb } from '../contracts/types.ts';

/** Name of the attachment a failing conformance test adds; the certificate reporter reads it. */
export const FAILURES_ATTACHMENT = 'failures.json';

/**
 * One broken rule found by a conformance test. A failing test attaches `failures.json` holding an
 * array of these (JSON, `application/json`). Every string is already free of the api_key.
 */
export interface FailureRecord {
  /**
   * The requirement found broken (also added as a `violated` annotation),
   * or the one that could not be judged (`blockedBy`).
   */
  requirement: string;
  /**
   * Set when the requirement could not be judged because these requirements broke first (a `blocked`
   * annotation `<requirement> by <cause>, <cause>`): the root causes are failures of their own.
   */
  blockedBy?: string[];
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

/** What a failure record is made from: `documented` defaults to the requirement's statement in the register. */
export type FailureFacts = Omit<FailureRecord, 'documented'> & { documented?: string };

/**
 * The one builder of failure records (generated cases, scenarios, model runs): the requirement and every cause
 * blocking it must be in the register, so a typo fails the test that made it instead of vanishing from the verdict.
 */
export function failureRecord(facts: FailureFacts): FailureRecord {
  const register = loadRequirements();
  for (const id of [facts.requirement, ...(facts.blockedBy ?? [])]) {
    if (!register.has(id)) throw new Error(`a failure names "${id}", which the requirement register lacks`);
  }
  const entry = register.get(facts.requirement)!;
  const documented = facts.documented ?? `${entry.statement}${entry.quote ? ` (the documents: "${entry.quote}")` : ''}`;
  return { ...facts, documented };
}

/** Annotation types a conformance test adds at run time; the certificate reporter reads them. */
export const VIOLATED = 'violated';
export const BLOCKED = 'blocked';

/** The description of a `blocked` annotation: `<requirement> by <cause>, <cause>`. */
export function blockedDescription(requirement: string, by: readonly string[]): string {
  return `${requirement} by ${by.join(', ')}`;
}

export function parseBlocked(description: string): { requirement: string; by: string[] } {
  const [requirement = '', causes = ''] = description.split(' by ');
  return { requirement, by: causes.split(', ').filter(Boolean) };
}
