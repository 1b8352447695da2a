import type { Constraint, Operation } from '../../lib/contracts/types.ts';

/** The constraints of one parameter of one operation in the emulator's derived validation data. */
export function constraintsOf(operations: Operation[], operationId: string, parameterName: string): Constraint[] {
  const parameter = operations.find((operation) => operation.id === operationId)?.parameters.find((candidate) => candidate.name === parameterName);
  if (!parameter) throw new Error(`No parameter ${operationId}.${parameterName} in the contracts`);
  return parameter.constraints;
}
