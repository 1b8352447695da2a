import type { Answer } from '../../answers/answer.ts';
import type { Defect } from '../defect.ts';
import { effectOf, withValues } from './support.ts';

export const filtersCombinedWithOr: Defect = {
  name: 'independent-filters-combined-with-or',
  description:
    'Several retrieve filters are joined with OR instead of AND: first_name=Ann&city=Town lists every Ann and ' +
    'everyone in Town.',
  breaks: ['retrieve.filter.combined'],
  install(parts) {
    effectOf(parts, 'retrieve', (call, clean) => {
      const sent = call.prepared.filters.filter((filter) => call.values.get(filter.name)?.[0]);
      if (sent.length < 2) return clean(call);
      const listed = new Map<string, ReadonlyArray<readonly [string, string]>>();
      for (const kept of sent) {
        let values = call.values;
        for (const other of sent) if (other !== kept) values = withValues(values, other.name, undefined);
        const answer = clean({ ...call, values }) as Answer;
        if (answer.kind !== 'customer-list') return answer;
        for (const entry of answer.customers)
          listed.set(entry.find(([field]) => field === 'username')?.[1] ?? '', entry);
      }
      return { kind: 'customer-list', customers: [...listed.values()] };
    });
  },
};
