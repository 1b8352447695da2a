import { listMatching } from '../effects/list-customers.ts';
import type { Reading } from './reading.ts';

export const filterPartialMatch: Reading = {
  name: 'filter-partial-match',
  description: 'retrieve filters match part of a value: city=Spring lists customers of Springfield too (D21).',
  allows: ['retrieve.filter.matching'],
  install(parts) {
    parts.effects.none = (call) =>
      listMatching(call, call.reseller.customers.values(), (stored, wanted) => stored.includes(wanted));
  },
};
