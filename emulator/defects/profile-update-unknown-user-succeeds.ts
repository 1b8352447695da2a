import { dropConstraint } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const profileUpdateUnknownUserSucceeds: Defect = {
  name: 'profile-update-unknown-user-succeeds',
  description:
    'update_profile answers success for a user that is not a customer of the caller: an update of no rows counts as done.',
  breaks: ['update_profile.user.registered'],
  install(parts) {
    dropConstraint(parts.operations, 'update_profile', 'user', 'registeredCustomer');
  },
};
