import type { OperationId } from '../../lib/contracts/types.ts';
import { LATER_USER_ERROR } from '../defects/later-service-answers.ts';
import type { Reading } from './reading.ts';
import { unknownUserAnsweredWith } from '../shapes/refusal-shapes.ts';

// The operations whose 2014 error examples show the wrapped error object.
const WRAPPED: OperationId[] = ['delete', 'enable', 'disable'];

// Was a later-service defect until D24: the recorded error object is an allowed refusal for any call.
export const laterServiceUnknownUserErrorObject: Reading = {
  name: 'later-service-unknown-user-error-object',
  description:
    'as the later real service: delete, enable and disable answer an unknown user with ' +
    '{"error":{"code":400,"message":"User does not exist"}}.',
  allows: [
    'api.answer.error-shapes',
    'enable.answer.user-not-found',
    'disable.answer.user-not-found',
    'delete.answer.unknown-user',
  ],
  install: unknownUserAnsweredWith(LATER_USER_ERROR, WRAPPED),
};
