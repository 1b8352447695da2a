import type { Defect } from './defect.ts';
import { LATER_USER_ERROR } from './later-service-answers.ts';

// The operations whose 2014 error examples show the wrapped error object.
const WRAPPED = ['delete', 'enable', 'disable'];

export const laterServiceUnknownUserErrorObject: Defect = {
  name: 'later-service-unknown-user-error-object',
  description: 'as the later real service: delete, enable and disable answer an unknown user with {"error":{"code":400,"message":"User does not exist"}}.',
  breaks: ['enable.answer.user-not-found', 'disable.answer.user-not-found', 'delete.answer.unknown-user'],
  install(parts) {
    const refuse = parts.refuse;
    parts.refuse = (call, violations) =>
      WRAPPED.includes(call.prepared.operation.id) && violations.some((violation) => violation.kind === 'registeredCustomer') ? LATER_USER_ERROR : refuse(call, violations);
  },
};
