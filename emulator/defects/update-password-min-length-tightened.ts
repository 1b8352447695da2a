import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const updatePasswordMinLengthTightened: Defect = {
  name: 'update-password-min-length-tightened',
  description:
    'update_password refuses a new password (and confirmation) of exactly 6 characters: "at least 6" read as "more than 6".',
  breaks: ['update_password.password.min-length', 'update_password.confirm_password.min-length'],
  install(parts) {
    for (const name of ['password', 'confirm_password']) {
      for (const constraint of constraintsOf(parts.operations, 'update_password', name)) {
        if (constraint.kind === 'minLength') constraint.value = constraint.value + 1;
      }
    }
  },
};
