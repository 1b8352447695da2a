import { constraintsOf } from '../constraint-of.ts';
import type { Defect } from '../defect.ts';

export const setEmailLimitFromCreate: Defect = {
  name: 'independent-set-email-limit-from-create',
  description:
    "setEmail refuses an email of 65 to 100 characters: the implementer applied create's 64 everywhere (the " +
    'strictest reading, which D4 rejects).',
  breaks: ['update_email.email.max-length'],
  install(parts) {
    for (const constraint of constraintsOf(parts.operations, 'update_email', 'email'))
      if (constraint.kind === 'maxLength') constraint.value = 64;
  },
};
