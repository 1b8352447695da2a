import { constraintsOf } from '../constraint-of.ts';
import type { Defect } from '../defect.ts';

export const renameLimitCountsNewline: Defect = {
  name: 'independent-rename-limit-counts-newline',
  description:
    'setUsername accepts a new username of 101 characters: the limit was written as 100 plus one for a line ' +
    'terminator that is never sent.',
  breaks: ['update_username.username.max-length'],
  install(parts) {
    for (const constraint of constraintsOf(parts.operations, 'update_username', 'username'))
      if (constraint.kind === 'maxLength') constraint.value = 101;
  },
};
