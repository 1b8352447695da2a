import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const profilePhoneLimitTightened: Defect = {
  name: 'profile-phone-limit-tightened',
  description: 'a profile update refuses a phone of exactly 50 characters: "no more than 50" read as "less than 50".',
  breaks: ['update_profile.phone.max-length'],
  install(parts) {
    for (const name of ['phone']) {
      for (const constraint of constraintsOf(parts.operations, 'update_profile', name)) {
        if (constraint.kind === 'maxLength') constraint.value = constraint.value - 1;
      }
    }
  },
};
