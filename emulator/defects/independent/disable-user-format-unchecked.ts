import { dropConstraint } from '../constraint-of.ts';
import type { Defect } from '../defect.ts';

export const disableUserFormatUnchecked: Defect = {
  name: 'independent-disable-user-format-unchecked',
  description:
    'disable only looks the user up: a customer whose username is not an email (create allows one) is disabled ' +
    'although user "Must be in email format".',
  breaks: ['disable.user.format'],
  install(parts) {
    dropConstraint(parts.operations, 'disable', 'user', 'format');
  },
};
