import { errorObjectOf } from '../answers/answer.ts';
import type { Reading } from './reading.ts';
import { ERROR_ENVELOPE_REQUIREMENTS } from '../defects/envelope-requirements.ts';
import { errorListRewritten } from '../shapes/refusal-shapes.ts';

export const refusalErrorObject: Reading = {
  name: 'refusal-error-object',
  description:
    'refusals are answered with the recorded error object {"error":{"code":400,"message":"..."}} (HTTP 200; XML ' +
    '<result><error><code>400</code><message>...</message></error></result>) instead of the error list.',
  allows: ['api.answer.error-shapes', ...ERROR_ENVELOPE_REQUIREMENTS],
  install: errorListRewritten((list) => errorObjectOf(list.errors)),
};
