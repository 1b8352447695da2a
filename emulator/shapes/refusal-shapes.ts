import type { OperationId } from '../../lib/contracts/types.ts';
import type { Answer } from '../answers/answer.ts';
import type { Call } from '../effects/call.ts';
import type { Install } from './install.ts';

type ErrorList = Extract<Answer, { kind: 'error-list' }>;

/** These operations answer a user that is not a customer of the caller with `answer`. */
export function unknownUserAnsweredWith(answer: Answer, operationIds: readonly OperationId[]): Install {
  return (parts) => {
    const refuse = parts.refuse;
    parts.refuse = (call, violations) =>
      operationIds.includes(call.prepared.operation.id) &&
      violations.some((violation) => violation.kind === 'registeredCustomer')
        ? answer
        : refuse(call, violations);
  };
}

/** Refusals answered with the error list are answered with what `rewrite` makes of it. */
export function errorListRewritten(rewrite: (list: ErrorList, call: Call) => Answer): Install {
  return (parts) => {
    const refuse = parts.refuse;
    parts.refuse = (call, violations) => {
      const answer = refuse(call, violations);
      return answer.kind === 'error-list' ? rewrite(answer, call) : answer;
    };
  };
}
