import { mapAnswer } from '../effects/call.ts';
import type { Reading } from './reading.ts';

export const listNewestFirst: Reading = {
  name: 'list-newest-first',
  description:
    'the list gives the newest customer first (the reverse of the order of creation); the documents fix no order.',
  allows: ['retrieve.answer.list-envelope'],
  install(parts) {
    const list = parts.effects.none;
    parts.effects.none = (call) => {
      return mapAnswer(list(call), (answer) =>
        answer.kind === 'customer-list' ? { ...answer, customers: [...answer.customers].reverse() } : answer,
      );
    };
  },
};
