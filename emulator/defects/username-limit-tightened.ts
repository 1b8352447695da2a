import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const usernameLimitTightened: Defect = {
  name: 'username-limit-tightened',
  description: 'create refuses a username of exactly 64 characters: "no more than 64" read as "less than 64".',
  breaks: ['create.username.max-length'],
  install(parts) {
    for (const name of ['username']) {
      for (const constraint of constraintsOf(parts.operations, 'create', name)) {
        if (constraint.kind === 'maxLength') constraint.value = constraint.value - 1;
      }
    }
  },
};
