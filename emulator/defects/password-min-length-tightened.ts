import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const passwordMinLengthTightened: Defect = {
  name: 'password-min-length-tightened',
  description:
    'create refuses a password (and confirmation) of exactly 6 characters: "at least 6" read as "more than 6".',
  breaks: ['create.password.min-length', 'create.confirm_password.min-length'],
  install(parts) {
    for (const name of ['password', 'confirm_password']) {
      for (const constraint of constraintsOf(parts.operations, 'create', name)) {
        if (constraint.kind === 'minLength') constraint.value = constraint.value + 1;
      }
    }
  },
};
