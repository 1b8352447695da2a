import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const setEmailLimitTightened: Defect = {
  name: 'set-email-limit-tightened',
  description: 'setEmail refuses an email of exactly 100 characters: "no more than 100" read as "less than 100".',
  breaks: ['update_email.email.max-length'],
  install(parts) {
    for (const name of ['email']) {
      for (const constraint of constraintsOf(parts.operations, 'update_email', name)) {
        if (constraint.kind === 'maxLength') constraint.value = constraint.value - 1;
      }
    }
  },
};
