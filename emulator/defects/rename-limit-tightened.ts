import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const renameLimitTightened: Defect = {
  name: 'rename-limit-tightened',
  description:
    'setUsername refuses a new username of exactly 100 characters: "no more than 100" read as "less than 100".',
  breaks: ['update_username.username.max-length'],
  install(parts) {
    for (const name of ['username']) {
      for (const constraint of constraintsOf(parts.operations, 'update_username', name)) {
        if (constraint.kind === 'maxLength') constraint.value = constraint.value - 1;
      }
    }
  },
};
