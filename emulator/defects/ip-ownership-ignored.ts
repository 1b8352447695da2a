import { dropConstraint } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const ipOwnershipIgnored: Defect = {
  name: 'ip-ownership-ignored',
  description:
    "create accepts any well-formed ip[], also one that is not the reseller's: only the IPv4 format is checked.",
  breaks: ['create.ip.owned'],
  install(parts) {
    dropConstraint(parts.operations, 'create', 'ip[]', 'ownedBy');
  },
};
