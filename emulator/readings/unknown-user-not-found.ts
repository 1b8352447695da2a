import { USER_NOT_FOUND } from '../answers/answer.ts';
import type { Reading } from './reading.ts';

export const unknownUserNotFound: Reading = {
  name: 'unknown-user-not-found',
  description:
    'delete and update_* answer an unknown user with {"message":"User not found"}, as enable/disable/website_* ' +
    'do, instead of the error list (D10).',
  allows: [
    'delete.answer.unknown-user',
    'update_email.answer.unknown-user',
    'update_password.answer.unknown-user',
    'update_profile.answer.unknown-user',
    'update_username.answer.unknown-user',
    'api.answer.error-shapes',
  ],
  install(parts) {
    const refuse = parts.refuse;
    parts.refuse = (call, violations) =>
      violations.some((violation) => violation.kind === 'registeredCustomer') &&
      violations.every((violation) => violation.refusal.includes('user-not-found'))
        ? USER_NOT_FOUND
        : refuse(call, violations);
  },
};
