import { mapAnswer } from '../effects/call.ts';
import type { Reading } from './reading.ts';

const EMAIL = 'email';

export const listSortedByEmail: Reading = {
  name: 'list-sorted-by-email',
  description: 'the list is sorted by email address, not by creation; the documents fix no order.',
  allows: ['retrieve.answer.list-envelope'],
  install(parts) {
    const list = parts.effects.none;
    const emailOf = (entry: ReadonlyArray<readonly [string, string]>) =>
      entry.find(([field]) => field === EMAIL)?.[1] ?? '';
    parts.effects.none = (call) => {
      return mapAnswer(list(call), (answer) =>
        answer.kind === 'customer-list'
          ? { ...answer, customers: [...answer.customers].sort((a, b) => emailOf(a).localeCompare(emailOf(b))) }
          : answer,
      );
    };
  },
};
