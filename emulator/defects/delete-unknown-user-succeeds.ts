import { dropConstraint } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const deleteUnknownUserSucceeds: Defect = {
  name: 'delete-unknown-user-succeeds',
  description:
    'delete answers success for a user that is not a customer of the caller: deleting nothing is taken as done.',
  breaks: ['delete.user.registered'],
  install(parts) {
    dropConstraint(parts.operations, 'delete', 'user', 'registeredCustomer');
  },
};
