import type { Defect } from '../defect.ts';
import { effectOf, withValues } from './support.ts';

const NEVER_STORED = '\u0000';

export const activeFilterNumeric: Defect = {
  name: 'independent-active-filter-numeric',
  description:
    'The active filter is compared with the database column, which holds 1/0: active=true and active=false match no ' +
    'customer (only 1/0 work), although the list writes "true"/"false".',
  breaks: ['retrieve.active.filter'],
  install(parts) {
    effectOf(parts, 'retrieve', (call, clean) => {
      const active = call.values.get('active')?.[0];
      return active === 'true' || active === 'false'
        ? clean({ ...call, values: withValues(call.values, 'active', [NEVER_STORED]) })
        : clean(call);
    });
  },
};
