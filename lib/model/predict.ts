import type { Operation } from '../contracts/types.ts';
import type { RuleContext, Violation } from '../rules/types.ts';
import { validateParameters } from '../rules/validate.ts';
import type { Prediction } from './prediction.ts';

/** How the call authenticates: the reseller's own credentials, a wrong api_key, or none. */
export type Credentials = 'valid' | 'wrong' | 'missing';

/**
 * Two readings of what the model knows: `certain` counts only what is known to hold, `possible`
 * everything that may hold. A rule whose verdict differs between them is undecided: either answer.
 */
export interface ModelContexts {
  certain: RuleContext;
  possible: RuleContext;
}

/**
 * What the contract allows a target to answer to `pairs` (credentials and selectors excluded): the
 * rule engine's violations, split into those that must be refused (enforced, under both readings)
 * and those the documents leave open (`either` enforcement, ambiguous presence, an undecided rule).
 */
export function predict(
  operation: Operation,
  pairs: ReadonlyArray<readonly [string, string]>,
  contexts: ModelContexts,
  credentials: Credentials = 'valid',
): Prediction {
  const base = { success: operation.answers.success };
  if (credentials !== 'valid') {
    const requirement = credentials === 'missing' ? 'api.auth.required' : 'api.auth.wrong-credentials';
    const refusal = operation.answers.unauthenticated;
    return {
      ...base,
      outcome: 'refused',
      refusal,
      violations: [
        {
          requirement,
          parameter: 'api_key',
          kind: 'missing',
          message: credentials === 'missing' ? 'no credentials' : 'wrong api_key',
          refusal,
        },
      ],
    };
  }
  const certain = violationsOf(operation, pairs, contexts.certain);
  const possible = violationsOf(operation, pairs, contexts.possible);
  const key = (violation: Violation) => `${violation.parameter}\u0000${violation.requirement}`;
  const inPossible = new Set(possible.map(key));
  const inCertain = new Set(certain.map(key));
  const enforced: Violation[] = [];
  const undecided: Violation[] = [];
  for (const violation of possible) {
    if (inCertain.has(key(violation)) && isEnforced(operation, violation)) enforced.push(violation);
    else undecided.push(violation);
  }
  undecided.push(...certain.filter((violation) => !inPossible.has(key(violation))));
  if (enforced.length > 0) return { ...base, outcome: 'refused', refusal: refusalsOf(enforced), violations: enforced };
  if (undecided.length > 0)
    return { ...base, outcome: 'either', refusal: refusalsOf(undecided), violations: undecided };
  return { ...base, outcome: 'success', refusal: [], violations: [] };
}

function violationsOf(
  operation: Operation,
  pairs: ReadonlyArray<readonly [string, string]>,
  context: RuleContext,
): Violation[] {
  const credentials = new Set(
    operation.parameters.filter((parameter) => parameter.role === 'credential').map((parameter) => parameter.name),
  );
  return validateParameters(operation, pairs, context).filter((violation) => !credentials.has(violation.parameter));
}

/** Enforced: a constraint marked `enforced`, or a required (not ambiguous) parameter left out or empty. */
function isEnforced(operation: Operation, violation: Violation): boolean {
  const parameter = operation.parameters.find((candidate) => candidate.name === violation.parameter);
  if (!parameter) return false;
  if (violation.kind === 'missing' || violation.kind === 'empty') return parameter.presence === 'required';
  const constraint = parameter.constraints.find((candidate) => candidate.refusing === violation.requirement);
  return constraint?.enforcement === 'enforced';
}

function refusalsOf(violations: Violation[]): Prediction['refusal'] {
  return [...new Set(violations.flatMap((violation) => violation.refusal))];
}
