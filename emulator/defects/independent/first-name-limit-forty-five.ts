import { constraintsOf } from '../constraint-of.ts';
import type { Defect } from '../defect.ts';

export const firstNameLimitFortyFive: Defect = {
  name: 'independent-first-name-limit-forty-five',
  description:
    'create refuses a first_name of 46 to 50 characters: the column was sized 45 (a limit TIGHTER than the ' +
    'documented 50).',
  breaks: ['create.first_name.max-length'],
  install(parts) {
    for (const constraint of constraintsOf(parts.operations, 'create', 'first_name'))
      if (constraint.kind === 'maxLength') constraint.value = 45;
  },
};
