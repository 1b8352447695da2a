import type { Defect } from '../defect.ts';
import { reachForeignCustomers } from './foreign-customer-reached.ts';

export const foreignSetEmail: Defect = {
  name: 'independent-foreign-set-email',
  description:
    "setEmail finds the user system-wide: a reseller can change another reseller's customer's contact email.",
  breaks: ['tenant.update_email.foreign-customer'],
  install(parts) {
    reachForeignCustomers(parts, 'update_email');
  },
};
