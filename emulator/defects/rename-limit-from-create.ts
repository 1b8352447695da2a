import { constraintsOf } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const renameLimitFromCreate: Defect = {
  name: 'rename-limit-from-create',
  description:
    "update_username refuses new usernames of 65 to 100 characters: it validates with create's 64-character " +
    'username limit.',
  breaks: ['update_username.username.max-length'],
  install(parts) {
    const createLimit = constraintsOf(parts.operations, 'create', 'username').find(
      (constraint) => constraint.kind === 'maxLength',
    );
    for (const constraint of constraintsOf(parts.operations, 'update_username', 'username')) {
      if (constraint.kind === 'maxLength' && createLimit?.kind === 'maxLength') constraint.value = createLimit.value;
    }
  },
};
