import { AUTH_ERROR_MESSAGE, USER_NOT_FOUND_MESSAGE, type Answer } from './answer.ts';

/** The documented JSON envelopes, indented by two spaces as in the examples. */
export function writeJson(answer: Answer): string {
  return JSON.stringify(jsonBody(answer), null, 2);
}

export function jsonBody(answer: Answer): unknown {
  switch (answer.kind) {
    case 'success':
      return { message: 'success' };
    case 'error-list':
      return { message: 'error', errors: answer.errors };
    case 'user-not-found':
      return { message: USER_NOT_FOUND_MESSAGE };
    case 'auth-error':
      return { error: { code: 401, message: answer.message ?? AUTH_ERROR_MESSAGE } };
    case 'customer-list':
      return answer.customers.map((fields) => Object.fromEntries(fields));
    case 'http-error':
      return { error: { code: answer.code, message: answer.message } };
  }
}
