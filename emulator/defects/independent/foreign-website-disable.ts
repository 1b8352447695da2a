import type { Defect } from '../defect.ts';
import { reachForeignCustomers } from './foreign-customer-reached.ts';

export const foreignWebsiteDisable: Defect = {
  name: 'independent-foreign-website-disable',
  description:
    "website_disable finds the user system-wide: a reseller can lock another reseller's customer out of the website.",
  breaks: ['tenant.website_disable.foreign-customer'],
  install(parts) {
    reachForeignCustomers(parts, 'website_disable');
  },
};
