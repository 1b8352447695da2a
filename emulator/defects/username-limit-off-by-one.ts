import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const usernameLimitOffByOne: Defect = {
  name: 'username-limit-off-by-one',
  description: 'create accepts a username of 65 characters: the limit is taken as exclusive and bumped by one.',
  breaks: ['create.username.max-length'],
  install(parts) {
    for (const constraint of constraintsOf(parts.operations, 'create', 'username')) {
      // "no more than 64" read as "less than 65", then compared with <=
      if (constraint.kind === 'maxLength') constraint.value = constraint.value + 1;
    }
  },
};
