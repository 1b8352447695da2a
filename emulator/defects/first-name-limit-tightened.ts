import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const firstNameLimitTightened: Defect = {
  name: 'first-name-limit-tightened',
  description: 'create refuses a first_name of exactly 50 characters: "no more than 50" read as "less than 50".',
  breaks: ['create.first_name.max-length'],
  install(parts) {
    for (const name of ['first_name']) {
      for (const constraint of constraintsOf(parts.operations, 'create', name)) {
        if (constraint.kind === 'maxLength') constraint.value = constraint.value - 1;
      }
    }
  },
};
