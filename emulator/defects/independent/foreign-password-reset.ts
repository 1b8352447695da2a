import type { Defect } from '../defect.ts';
import { reachForeignCustomers } from './foreign-customer-reached.ts';

export const foreignPasswordReset: Defect = {
  name: 'independent-foreign-password-reset',
  description:
    "update password finds the user system-wide: a reseller can reset another reseller's customer's password " +
    '(answered success).',
  breaks: ['tenant.update_password.foreign-customer'],
  install(parts) {
    reachForeignCustomers(parts, 'update_password');
  },
};
