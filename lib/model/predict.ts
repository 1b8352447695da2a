import type { AnswerKind, Constraint, ConstraintKind, Operation, Parameter } from '../contracts/types.ts';
import { groupParameters, valuesOf } from '../contracts/parameter-values.ts';
import type { BrokenRule, Prediction } from './prediction.ts';

/** How the call authenticates: the reseller's own credentials, a wrong api_key, or none. */
export type Credentials = 'valid' | 'wrong' | 'missing';

/**
 * A rule the generator broke on purpose when it built the call: the parameter left out or sent
 * empty, or its value made to break the parameter's constraint of that kind (where the operation's
 * parameter has none, the value breaks nothing: a non-email subject of delete is just unknown).
 */
export interface Breakage {
  parameter: string;
  rule: 'missing' | 'empty' | ConstraintKind;
}

/**
 * What the model knows of the customers: the live customers of the calling reseller, and whether a
 * username is held (`maybe`: renamed away, which the documents leave open).
 */
export interface ModelState {
  isCustomer(username: string): boolean;
  taken(username: string): 'yes' | 'no' | 'maybe';
}

/**
 * What the contract allows a target to answer to a call the generator built. The rules it breaks are
 * the ones the generator says it broke and the ones whose verdict is the state's (a customer of
 * yours, a username taken), decided from the model's own state: never the rule engine the emulator
 * validates with, so that a bug there cannot move the expectation with it. They are split into those
 * that must be refused (enforced) and those the documents leave open (`either` enforcement, an
 * ambiguous presence, a name that may or may not be held).
 */
export function predict(
  operation: Operation,
  pairs: ReadonlyArray<readonly [string, string]>,
  breaks: readonly Breakage[],
  state: ModelState,
  credentials: Credentials = 'valid',
): Prediction {
  const base = { success: operation.answers.success };
  if (credentials !== 'valid') {
    const requirement = credentials === 'missing' ? 'api.auth.required' : 'api.auth.wrong-credentials';
    const refusal = operation.answers.unauthenticated;
    const message = credentials === 'missing' ? 'no credentials' : 'wrong api_key';
    return {
      ...base,
      outcome: 'refused',
      refusal,
      violations: [{ requirement, parameter: 'api_key', message, refusal }],
    };
  }
  const enforced: BrokenRule[] = [];
  const undecided: BrokenRule[] = [];
  const add = (rule: BrokenRule, certain: boolean) => {
    const list = certain ? enforced : undecided;
    if (!list.some((other) => other.requirement === rule.requirement)) list.push(rule);
  };
  // A parameter left out or empty is not judged further, nor is the equality another one must keep with it.
  const absent = new Set(
    breaks
      .filter((breakage) => breakage.rule === 'missing' || breakage.rule === 'empty')
      .map((breakage) => parameterOf(operation, breakage.parameter).name),
  );
  for (const breakage of breaks) {
    const parameter = parameterOf(operation, breakage.parameter);
    if (breakage.rule === 'missing' || breakage.rule === 'empty') {
      const requirement = breakage.rule === 'missing' ? parameter.missingRequirement : parameter.emptyRequirement;
      if (requirement === undefined) continue;
      const message = `${parameter.name} ${breakage.rule === 'missing' ? 'left out' : 'sent empty'}`;
      const refusal = parameter.role === 'credential' ? operation.answers.unauthenticated : operation.answers.refusal;
      add({ requirement, parameter: parameter.name, message, refusal }, parameter.presence === 'required');
      continue;
    }
    if (absent.has(parameter.name)) continue;
    for (const constraint of parameter.constraints) {
      if (constraint.kind !== breakage.rule) continue;
      if (constraint.kind === 'equalsParameter' && absent.has(constraint.parameter)) continue;
      add(brokenRule(operation, parameter, constraint), constraint.enforcement === 'enforced');
    }
  }
  const values = groupParameters(pairs);
  for (const parameter of operation.parameters) {
    const value = valuesOf(parameter, values)?.[0];
    if (value === undefined || value === '' || absent.has(parameter.name)) continue;
    for (const constraint of parameter.constraints) {
      const held = stateVerdict(constraint, value, state);
      if (held === 'no') continue;
      add(brokenRule(operation, parameter, constraint), held === 'yes' && constraint.enforcement === 'enforced');
    }
  }
  if (enforced.length > 0) return { ...base, outcome: 'refused', refusal: refusalsOf(enforced), violations: enforced };
  if (undecided.length > 0)
    return { ...base, outcome: 'either', refusal: refusalsOf(undecided), violations: undecided };
  return { ...base, outcome: 'success', refusal: [], violations: [] };
}

/** Whether the state breaks a constraint whose verdict is the state's; `no` for every other kind. */
function stateVerdict(constraint: Constraint, value: string, state: ModelState): 'yes' | 'no' | 'maybe' {
  if (constraint.kind === 'registeredCustomer') return state.isCustomer(value) ? 'no' : 'yes';
  if (constraint.kind === 'notTaken') return state.taken(value);
  return 'no';
}

function parameterOf(operation: Operation, name: string): Parameter {
  const parameter = operation.parameters.find(
    (candidate) => candidate.name === name || (candidate.aliases ?? []).includes(name),
  );
  if (!parameter) throw new Error(`${operation.id} has no parameter "${name}"`);
  return parameter;
}

// D10: an unknown user gets the operation's unknown-user answers unless the constraint names its own.
function brokenRule(operation: Operation, parameter: Parameter, constraint: Constraint): BrokenRule {
  const refusal: AnswerKind[] =
    constraint.refusal ??
    (constraint.kind === 'registeredCustomer' ? operation.answers.unknownUser : undefined) ??
    operation.answers.refusal;
  return {
    requirement: constraint.refusing,
    parameter: parameter.name,
    message: `${parameter.name} breaks ${constraint.kind}`,
    refusal,
  };
}

function refusalsOf(violations: BrokenRule[]): AnswerKind[] {
  return [...new Set(violations.flatMap((violation) => violation.refusal))];
}
