import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const setEmailLimitOffByOne: Defect = {
  name: 'set-email-limit-off-by-one',
  description:
    'update_email (setEmail) accepts an email of 101 characters: "no more than 100" compared with < 101 after adding one.',
  breaks: ['update_email.email.max-length'],
  install(parts) {
    for (const constraint of constraintsOf(parts.operations, 'update_email', 'email')) {
      if (constraint.kind === 'maxLength') constraint.value = constraint.value + 1;
    }
  },
};
