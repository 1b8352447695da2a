import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const updatePasswordMinLengthFive: Defect = {
  name: 'update-password-min-length-five',
  description:
    'update_password accepts a password (and confirmation) of 5 characters: "at least 6" read as "more than 4".',
  breaks: ['update_password.password.min-length', 'update_password.confirm_password.min-length'],
  install(parts) {
    for (const name of ['password', 'confirm_password']) {
      for (const constraint of constraintsOf(parts.operations, 'update_password', name)) {
        if (constraint.kind === 'minLength') constraint.value = constraint.value - 1;
      }
    }
  },
};
