import { dropConstraint } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const freeUserAnyValue: Defect = {
  name: 'free-user-any-value',
  description: 'create accepts any free_user value ("maybe", "yes"): the value is only tested for truthiness.',
  breaks: ['create.free_user.boolean'],
  install(parts) {
    dropConstraint(parts.operations, 'create', 'free_user', 'oneOf');
  },
};
