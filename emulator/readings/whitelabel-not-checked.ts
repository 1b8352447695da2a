import { dropConstraint } from '../defects/constraint-of.ts';
import type { Reading } from './reading.ts';

export const whitelabelNotChecked: Reading = {
  name: 'whitelabel-not-checked',
  description: "create does not check that the whitelabel is one of the reseller's: any whitelabel is taken (D15).",
  allows: ['create.whitelabel.owned'],
  install(parts) {
    dropConstraint(parts.operations, 'create', 'whitelabel', 'ownedBy');
  },
};
