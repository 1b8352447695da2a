import { listMatching } from '../effects/list-customers.ts';
import type { Reading } from './reading.ts';

export const filterCaseInsensitive: Reading = {
  name: 'filter-case-insensitive',
  description:
    'retrieve filters match whole values regardless of case: city=springfield lists customers of Springfield (D21).',
  allows: ['retrieve.filter.matching'],
  install(parts) {
    parts.effects.none = (call) =>
      listMatching(
        call,
        call.reseller.customers.values(),
        (stored, wanted) => stored.toLowerCase() === wanted.toLowerCase(),
      );
  },
};
