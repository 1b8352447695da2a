import type { Answer } from '../answers/answer.ts';

/** The wording of the 2014 error examples (apiv2-facts.md). */
export const LATER_UNKNOWN_USER_MESSAGE = 'User does not exist';

/** The 2014 delete/enable/disable answer to an unknown user: `{"error":{"code":400,"message":...}}` with HTTP 200. */
export const LATER_USER_ERROR: Answer = {
  kind: 'http-error',
  status: 200,
  code: 400,
  message: LATER_UNKNOWN_USER_MESSAGE,
};
