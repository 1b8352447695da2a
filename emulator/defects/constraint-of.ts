import type { Constraint, ConstraintKind, Operation, Parameter } from '../../lib/contracts/types.ts';

/** One parameter of one operation in the emulator's derived validation data. */
export function parameterOf(operations: Operation[], operationId: string, parameterName: string): Parameter {
  const parameter = operations
    .find((operation) => operation.id === operationId)
    ?.parameters.find((candidate) => candidate.name === parameterName);
  if (!parameter) throw new Error(`No parameter ${operationId}.${parameterName} in the contracts`);
  return parameter;
}

/** The constraints of one parameter of one operation in the emulator's derived validation data. */
export function constraintsOf(operations: Operation[], operationId: string, parameterName: string): Constraint[] {
  return parameterOf(operations, operationId, parameterName).constraints;
}

/** The check of one kind is lost when the validation data is derived. */
export function dropConstraint(
  operations: Operation[],
  operationId: string,
  parameterName: string,
  kind: ConstraintKind,
): void {
  const parameter = parameterOf(operations, operationId, parameterName);
  parameter.constraints = parameter.constraints.filter((constraint) => constraint.kind !== kind);
}
