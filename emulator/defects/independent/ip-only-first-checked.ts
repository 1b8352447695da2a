import type { Defect } from '../defect.ts';
import { validateOf, withValues } from './support.ts';

export const ipOnlyFirstChecked: Defect = {
  name: 'independent-ip-only-first-checked',
  description:
    'create validates only the first ip[] (the validator reads a scalar) but stores them all: a second IP that is ' +
    "not the reseller's, or not an IP, is accepted.",
  breaks: ['create.ip.owned', 'create.ip.format'],
  install(parts) {
    validateOf(parts, 'create', (operation, values, context, clean) => {
      const ips = values.get('ip[]');
      return clean(operation, ips && ips.length > 1 ? withValues(values, 'ip[]', ips.slice(0, 1)) : values, context);
    });
  },
};
