import type { Answer } from '../answers/answer.ts';
import type { Reading } from './reading.ts';

// The general Web API v2 page: 4XX when the call was wrong, the error in the body.
const STATUS_OF: Partial<Record<Answer['kind'], number>> = {
  'error-list': 400,
  'user-not-found': 404,
  'auth-error': 401,
};
const ERROR_OBJECT_STATUS = 422;

export const errors4xxStatuses: Reading = {
  name: 'errors-4xx-statuses',
  description:
    'error answers come with 4xx statuses (error list 400, wrong credentials 401, user not found 404, an error object otherwise answered 200 with 422) instead of the recorded 200 (D13).',
  allows: ['api.status.errors'],
  install(parts) {
    const frame = parts.frame;
    parts.frame = (answer, format) => {
      const framed = frame(answer, format);
      const status =
        answer.kind === 'http-error'
          ? framed.status < 400
            ? ERROR_OBJECT_STATUS
            : framed.status
          : (STATUS_OF[answer.kind] ?? framed.status);
      return { ...framed, status };
    };
  },
};
