import { dropConstraint } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const renameAcceptsTakenUsername: Defect = {
  name: 'rename-accepts-taken-username',
  description:
    'update_username accepts a new username another customer already holds: the uniqueness check exists only in create.',
  breaks: ['update_username.username.not-taken'],
  install(parts) {
    dropConstraint(parts.operations, 'update_username', 'username', 'notTaken');
  },
};
