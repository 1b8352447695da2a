import { constraintsOf } from '../constraint-of.ts';
import type { Defect } from '../defect.ts';

export const freeUserAcceptsDigits: Defect = {
  name: 'independent-free-user-accepts-digits',
  description:
    'create accepts free_user=1 and free_user=0 (a boolean cast), although the table says "Either true or false".',
  breaks: ['create.free_user.boolean'],
  install(parts) {
    for (const constraint of constraintsOf(parts.operations, 'create', 'free_user'))
      if (constraint.kind === 'oneOf') constraint.values.push('1', '0');
  },
};
