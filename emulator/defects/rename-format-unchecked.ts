import { dropConstraint } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const renameFormatUnchecked: Defect = {
  name: 'rename-format-unchecked',
  description: 'update_username accepts a new username that is not an email address, like create does.',
  breaks: ['update_username.username.format'],
  install(parts) {
    dropConstraint(parts.operations, 'update_username', 'username', 'format');
  },
};
