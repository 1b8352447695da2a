import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const passwordMinLengthFive: Defect = {
  name: 'password-min-length-five',
  description: 'create accepts a password (and confirmation) of 5 characters: "at least 6" read as "more than 4".',
  breaks: ['create.password.min-length', 'create.confirm_password.min-length'],
  install(parts) {
    for (const name of ['password', 'confirm_password']) {
      for (const constraint of constraintsOf(parts.operations, 'create', name)) {
        if (constraint.kind === 'minLength') constraint.value = constraint.value - 1;
      }
    }
  },
};
