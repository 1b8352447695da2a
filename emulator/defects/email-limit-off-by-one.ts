import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const emailLimitOffByOne: Defect = {
  name: 'email-limit-off-by-one',
  description:
    'create accepts an email of 65 characters: the limit is read from a column sized one larger than the documented 64.',
  breaks: ['create.email.max-length'],
  install(parts) {
    for (const constraint of constraintsOf(parts.operations, 'create', 'email')) {
      if (constraint.kind === 'maxLength') constraint.value = constraint.value + 1;
    }
  },
};
