import type { Defect } from '../defect.ts';
import { reachForeignCustomers } from './foreign-customer-reached.ts';

export const foreignRename: Defect = {
  name: 'independent-foreign-rename',
  description:
    "setUsername finds the user system-wide: a reseller can rename another reseller's customer, whose owner then " +
    'lists it under the new name.',
  breaks: ['tenant.update_username.foreign-customer'],
  install(parts) {
    reachForeignCustomers(parts, 'update_username');
  },
};
