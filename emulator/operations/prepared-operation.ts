import type { Operation, Parameter } from '../../lib/contracts/types.ts';

/** An operation's contract with what the emulator looks up on every call found once, at start-up. */
export interface PreparedOperation {
  operation: Operation;
  /** Selector pairs that choose this operation on its endpoint (the contract's, or a recorded alias). */
  selectors: Array<[string, string]>;
  /** The parameter naming the existing customer acted on (`user`). */
  subject?: Parameter;
  /** The new password, stored hashed (not its confirmation). */
  password?: Parameter;
  /** Parameters whose values a created or updated customer keeps. */
  values: Parameter[];
  /** Retrieve filters. */
  filters: Parameter[];
}

export function prepareOperation(
  operation: Operation,
  selectors: Record<string, string> = operation.selectors,
): PreparedOperation {
  const subject = operation.parameters.find((parameter) => parameter.role === 'subject');
  const password = operation.parameters.find(
    (parameter) =>
      parameter.role === 'value' &&
      parameter.valueType === 'password' &&
      !parameter.constraints.some((constraint) => constraint.kind === 'equalsParameter'),
  );
  return {
    operation,
    selectors: Object.entries(selectors),
    ...(subject ? { subject } : {}),
    ...(password ? { password } : {}),
    values: operation.parameters.filter(
      (parameter) => parameter.role === 'value' && parameter.valueType !== 'password',
    ),
    filters: operation.parameters.filter((parameter) => parameter.role === 'filter'),
  };
}
