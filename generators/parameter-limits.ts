import type { Constraint, Parameter } from '../lib/contracts/types.ts';

export function constraintOf<K extends Constraint['kind']>(
  parameter: Parameter,
  kind: K,
): Extract<Constraint, { kind: K }> | undefined {
  return parameter.constraints.find(
    (constraint): constraint is Extract<Constraint, { kind: K }> => constraint.kind === kind,
  );
}

// Parameters without a stated limit (retrieve filters) get values short enough for any field.
const UNSTATED_MAX_LENGTH = 50;

export function maxLengthOf(parameter: Parameter): number {
  return constraintOf(parameter, 'maxLength')?.value ?? UNSTATED_MAX_LENGTH;
}
