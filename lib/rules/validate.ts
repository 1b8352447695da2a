import type { AnswerKind, Operation, Parameter } from '../contracts/types.ts';
import { baseName, groupParameters, valuesOf } from '../contracts/parameter-values.ts';
import { rules } from './rules.ts';
import type { ParameterValues } from '../contracts/parameter-values.ts';
import type { RuleContext, Violation } from './types.ts';

/** Requirement ID of the emulator's own policy on a non-repeatable key sent twice (not a documented rule). */
export const REPEATED_KEY_REQUIREMENT = 'emulator.input.repeated-key';

/**
 * Every rule of the operation's contract that the call breaks. Presence first (a missing or empty
 * required value is not checked further), then each constraint on each sent value.
 */
export function validateParameters(
  operation: Operation,
  params: ReadonlyArray<readonly [string, string]>,
  context: RuleContext,
): Violation[] {
  return validateGrouped(operation, groupParameters(params), context);
}

export function validateGrouped(operation: Operation, values: ParameterValues, context: RuleContext): Violation[] {
  const violations: Violation[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.role === 'selector') continue;
    checkParameter(operation, parameter, values, context, violations);
  }
  return violations;
}

function checkParameter(
  operation: Operation,
  parameter: Parameter,
  values: ParameterValues,
  context: RuleContext,
  violations: Violation[],
): void {
  const sent = valuesOf(parameter, values);
  const mustBePresent = parameter.presence === 'required' || parameter.presence === 'ambiguous';
  const presenceRefusal =
    parameter.role === 'credential' ? operation.answers.unauthenticated : operation.answers.refusal;

  if (sent === undefined) {
    if (mustBePresent) {
      violations.push({
        requirement: parameter.missingRequirement ?? `${operation.id}.${baseName(parameter)}.required`,
        parameter: parameter.name,
        kind: 'missing',
        message: `${labelOf(parameter)} is required`,
        refusal: presenceRefusal,
      });
    }
    return;
  }
  if (sent.length > 1 && !parameter.repeated) {
    violations.push({
      requirement: REPEATED_KEY_REQUIREMENT,
      parameter: parameter.name,
      kind: 'repeated',
      message: `${labelOf(parameter)} was given more than once`,
      refusal: operation.answers.refusal,
    });
    return;
  }
  for (const value of sent) {
    if (value === '') {
      if (mustBePresent) {
        violations.push({
          requirement: parameter.emptyRequirement ?? `${operation.id}.${baseName(parameter)}.non-empty`,
          parameter: parameter.name,
          kind: 'empty',
          message: `${labelOf(parameter)} is required`,
          refusal: presenceRefusal,
        });
      }
      continue;
    }
    for (const constraint of parameter.constraints) {
      const rule = rules[constraint.kind] as (typeof rules)['maxLength'];
      const narrowed = constraint as Parameters<typeof rule.holds>[1];
      if (rule.holds(value, narrowed, values, context)) continue;
      violations.push({
        requirement: constraint.refusing,
        parameter: parameter.name,
        kind: constraint.kind,
        message: `${labelOf(parameter)} ${rule.describe(narrowed)}`,
        refusal: refusalOf(operation, constraint.kind, constraint.refusal),
      });
    }
  }
}

function refusalOf(operation: Operation, kind: string, declared: AnswerKind[] | undefined): AnswerKind[] {
  if (declared) return declared;
  if (kind === 'registeredCustomer' && operation.answers.unknownUser) return operation.answers.unknownUser;
  return operation.answers.refusal;
}

/** `confirm_password` -> `Confirm password`, for messages. */
function labelOf(parameter: Parameter): string {
  const words = baseName(parameter).replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
