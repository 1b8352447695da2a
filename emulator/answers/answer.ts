/** What the emulator answers, before it is written as JSON or XML. */
export type Answer =
  | { kind: 'success' }
  | { kind: 'error-list'; errors: string[] }
  | { kind: 'user-not-found' }
  /** Refused credentials; `message` replaces the wrong-credentials text (a known account that is not a reseller). */
  | { kind: 'auth-error'; message?: string }
  | { kind: 'customer-list'; customers: Array<ReadonlyArray<readonly [string, string]>> }
  /** Transport-level refusals (unknown path, verb, size, encoding): an error object with the HTTP status. */
  | { kind: 'http-error'; status: number; code: number | string; message: string | null };

export const SUCCESS: Answer = { kind: 'success' };
export const USER_NOT_FOUND: Answer = { kind: 'user-not-found' };
export const AUTH_ERROR: Answer = { kind: 'auth-error' };
export const AUTH_ERROR_MESSAGE = 'Permission denied, wrong credentials';
/** The real service's answer to a valid account without the reseller right (apiv2-facts.md, recorded). */
export const NOT_AUTHORIZED: Answer = { kind: 'auth-error', message: 'Permission denied, not authorized' };
export const USER_NOT_FOUND_MESSAGE = 'User not found';

export function errorList(errors: string[]): Answer {
  return { kind: 'error-list', errors };
}

/** The recorded error object a refusal may be answered with instead of the list (HTTP 200; D24): the errors joined. */
export function errorObjectOf(errors: readonly string[]): Answer {
  return { kind: 'http-error', status: 200, code: 400, message: errors.join('; ') };
}

export function httpError(status: number, message: string): Answer {
  return { kind: 'http-error', status, code: status, message };
}

/** The real service's answer to an unknown module (apiv2-facts.md). */
export const NOT_FOUND: Answer = { kind: 'http-error', status: 404, code: '404', message: null };
