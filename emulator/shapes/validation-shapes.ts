import type { Constraint, ConstraintKind, Operation, OperationId } from '../../lib/contracts/types.ts';
import { valuesOf, type ParameterValues } from '../../lib/contracts/parameter-values.ts';
import type { RuleContext, Violation } from '../../lib/rules/types.ts';
import { constraintsOf, dropConstraint, parameterOf } from '../defects/constraint-of.ts';
import type { Install } from './install.ts';

/** The length limit of each named parameter moved by `by` ("no more than 64" read as "less than 64": -1). */
export function limitMovedBy(
  by: number,
  operationId: OperationId,
  kind: 'maxLength' | 'minLength',
  parameterNames: readonly string[],
): Install {
  return (parts) => {
    for (const name of parameterNames) {
      for (const constraint of constraintsOf(parts.operations, operationId, name)) {
        if ((constraint.kind === 'maxLength' || constraint.kind === 'minLength') && constraint.kind === kind)
          constraint.value = constraint.value + by;
      }
    }
  };
}

/** One check of one parameter is lost when the validation data is derived. */
export function checkDropped(operationId: OperationId, parameterName: string, kind: ConstraintKind): Install {
  return (parts) => dropConstraint(parts.operations, operationId, parameterName, kind);
}

/** The operation no longer reads these parameters: sent, they are ignored like any unknown one. */
export function parametersIgnored(operationId: OperationId, parameterNames: readonly string[]): Install {
  return (parts) => {
    const operation = parts.operations.find((candidate) => candidate.id === operationId);
    if (operation)
      operation.parameters = operation.parameters.filter((parameter) => !parameterNames.includes(parameter.name));
  };
}

/** The refusals for which `ignored` holds are dropped: the call goes on as if the rule had passed. */
export function refusalsIgnored(
  ignored: (violation: Violation, operation: Operation, values: ParameterValues) => boolean,
): Install {
  return (parts) => {
    const validate = parts.validate;
    parts.validate = (operation, values, context) =>
      validate(operation, values, context).filter((violation) => !ignored(violation, operation, values));
  };
}

/** A sent value is read as `readAs` makes it (undefined: as sent) before it is validated. */
export function validatedAs(parameterName: string, readAs: (sent: string) => string | undefined): Install {
  return (parts) => {
    const validate = parts.validate;
    parts.validate = (operation, values, context) => {
      const read = readAs(values.get(parameterName)?.[0] ?? '');
      if (read === undefined) return validate(operation, values, context);
      return validate(operation, new Map([...values, [parameterName, [read]]]), context);
    };
  };
}

/** The parameter may be left out or sent empty: it is not refused for either. */
export function madeOptional(operationId: OperationId, parameterName: string): Install {
  return (parts) => {
    parameterOf(parts.operations, operationId, parameterName).presence = 'optional';
  };
}

/** What a narrower reading of a constraint refuses beyond the standard check: the refusal's message, or undefined. */
export type AlsoRefuses = (
  constraint: Constraint,
  sent: readonly string[],
  context: RuleContext,
  refused: readonly Violation[],
  parameterName: string,
) => string | undefined;

/**
 * After the standard refusals, each constraint `refuses` gives a message for is refused too, under the
 * constraint's refusing requirement.
 */
export function alsoRefused(refuses: AlsoRefuses): Install {
  return (parts) => {
    const validate = parts.validate;
    parts.validate = (operation, values, context) => {
      const violations = validate(operation, values, context);
      for (const parameter of operation.parameters) {
        for (const constraint of parameter.constraints) {
          const message = refuses(constraint, valuesOf(parameter, values) ?? [], context, violations, parameter.name);
          if (message === undefined) continue;
          violations.push({
            requirement: constraint.refusing,
            parameter: parameter.name,
            kind: constraint.kind,
            message,
            refusal: constraint.refusal ?? operation.answers.refusal,
          });
        }
      }
      return violations;
    };
  };
}
