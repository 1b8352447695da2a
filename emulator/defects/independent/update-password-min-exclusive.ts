import { constraintsOf } from '../constraint-of.ts';
import type { Defect } from '../defect.ts';

export const updatePasswordMinExclusive: Defect = {
  name: 'independent-update-password-min-exclusive',
  description:
    'update password refuses a new password of exactly 6 characters: "at least 6" was coded as "more than 6" (create ' +
    'is right).',
  breaks: ['update_password.password.min-length', 'update_password.confirm_password.min-length'],
  install(parts) {
    for (const name of ['password', 'confirm_password']) {
      for (const constraint of constraintsOf(parts.operations, 'update_password', name))
        if (constraint.kind === 'minLength') constraint.value = 7;
    }
  },
};
