import { loadOperation } from './load.ts';
import type { Constraint, Operation, OperationId, Parameter } from './types.ts';

/** The parameter `name` of an operation (by its contract name, `ip[]` with the brackets). */
export function parameterOf(operation: Operation | OperationId, name: string): Parameter {
  const contract = typeof operation === 'string' ? loadOperation(operation) : operation;
  const parameter = contract.parameters.find((candidate) => candidate.name === name);
  if (!parameter) throw new Error(`${contract.id} has no parameter "${name}" in its contract`);
  return parameter;
}

/** The parameter's first constraint of this kind, if its contract states one. */
export function constraintOf<K extends Constraint['kind']>(
  parameter: Parameter,
  kind: K,
): Extract<Constraint, { kind: K }> | undefined {
  return parameter.constraints.find(
    (constraint): constraint is Extract<Constraint, { kind: K }> => constraint.kind === kind,
  );
}

/**
 * The length limit the contract states for `operation`'s parameter `name` (code points); throws where none is stated.
 */
export function limitOf(operation: Operation | OperationId, name: string, kind: 'maxLength' | 'minLength'): number {
  const parameter = parameterOf(operation, name);
  const limit = constraintOf(parameter, kind);
  if (!limit) throw new Error(`the contract states no ${kind} for ${name}`);
  return limit.value;
}
