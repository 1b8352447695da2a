import type { Reading } from './reading.ts';

const ACTIVE = 'active';
const NUMERIC_SPELLINGS = ['1', '0'];

export const activeFilterWordsOnly: Reading = {
  name: 'active-filter-words-only',
  description:
    'the active filter understands only "true"/"false", the spelling the list writes: active=1 or active=0 ' +
    'matches no customer (D21).',
  allows: ['retrieve.active.filter-values'],
  install(parts) {
    const list = parts.effects.none;
    parts.effects.none = (call) =>
      NUMERIC_SPELLINGS.includes(call.values.get(ACTIVE)?.[0] ?? '')
        ? { kind: 'customer-list', customers: [] }
        : list(call);
  },
};
