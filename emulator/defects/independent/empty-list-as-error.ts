import { errorList, type Answer } from '../../answers/answer.ts';
import type { Defect } from '../defect.ts';
import { effectOf } from './support.ts';

export const emptyListAsError: Defect = {
  name: 'independent-empty-list-as-error',
  description:
    'retrieve answers an error ("No customers found") when no customer matches, instead of an empty list (D23).',
  breaks: ['retrieve.answer.empty-list'],
  install(parts) {
    effectOf(parts, 'retrieve', (call, clean) => {
      const answer = clean(call) as Answer;
      return answer.kind === 'customer-list' && answer.customers.length === 0
        ? errorList(['No customers found'])
        : answer;
    });
  },
};
