import type { AnswerKind } from '../../lib/contracts/types.ts';
import type { Violation } from '../../lib/rules/types.ts';
import { AUTH_ERROR, errorList, USER_NOT_FOUND, type Answer } from './answer.ts';

/**
 * The answer to a call that breaks rules: the error list of every message when each violation
 * allows it; else "User not found" when each allows that (D10); else the first violation's answer.
 */
export function refusalAnswer(violations: Violation[]): Answer {
  const allAllow = (kind: AnswerKind) => violations.every((violation) => violation.refusal.includes(kind));
  if (allAllow('error-list')) return errorList(violations.map((violation) => violation.message));
  if (allAllow('user-not-found')) return USER_NOT_FOUND;
  switch (violations[0]?.refusal[0]) {
    case 'user-not-found':
      return USER_NOT_FOUND;
    case 'auth-error':
      return AUTH_ERROR;
    default:
      return errorList(violations.map((violation) => violation.message));
  }
}
