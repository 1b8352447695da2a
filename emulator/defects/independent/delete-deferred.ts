import { SUCCESS } from '../../answers/answer.ts';
import type { Defect } from '../defect.ts';
import { effectOf } from './support.ts';

/** The clean-up job that really removes deleted customers runs this long after the call. */
export const DELETE_JOB_DELAY_MS = 3_000;

export const deleteDeferred: Defect = {
  name: 'independent-delete-deferred',
  description:
    'delete answers success and queues the removal for a job that runs 3 s later: meanwhile the customer is still ' +
    'listed and manage calls still reach it (D8 rejects the deferred reading).',
  breaks: ['delete.effect.unlisted', 'delete.effect.unknown-after'],
  install(parts) {
    effectOf(parts, 'delete', (call, clean) => {
      setTimeout(() => clean(call), DELETE_JOB_DELAY_MS).unref();
      return SUCCESS;
    });
  },
};
