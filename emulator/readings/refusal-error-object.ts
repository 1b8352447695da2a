import type { Reading } from './reading.ts';

export const refusalErrorObject: Reading = {
  name: 'refusal-error-object',
  description:
    'refusals are answered with the recorded error object {"error":{"code":400,"message":"..."}} (HTTP 200; XML <result><error><code>400</code><message>...</message></error></result>) instead of the error list.',
  allows: [
    'api.answer.error-shapes',
    'create.answer.error-envelope',
    'delete.answer.error-envelope',
    'update_email.answer.error-envelope',
    'update_password.answer.error-envelope',
    'update_profile.answer.error-envelope',
    'update_username.answer.error-envelope',
  ],
  install(parts) {
    const refuse = parts.refuse;
    parts.refuse = (call, violations) => {
      const answer = refuse(call, violations);
      return answer.kind === 'error-list'
        ? { kind: 'http-error', status: 200, code: 400, message: answer.errors.join('; ') }
        : answer;
    };
  },
};
