import { WEBSITE_ACCESS_FIELD } from '../../operations/list-fields.ts';
import type { Defect } from '../defect.ts';
import { effectOf } from './support.ts';

export const renameRecreatesCustomer: Defect = {
  name: 'independent-rename-recreates-customer',
  description:
    'setUsername copies the profile to a new account under the new name: the state flags start afresh, so a disabled ' +
    'customer is listed active (and with website access) after a rename.',
  breaks: ['update_username.effect.listed-new-name'],
  install(parts) {
    effectOf(parts, 'update_username', (call, clean) => {
      const answer = clean(call);
      const renamed = call.reseller.customers.get(call.values.get('username')?.[0] ?? '');
      renamed?.fields.set('active', 'true');
      renamed?.fields.set(WEBSITE_ACCESS_FIELD, 'true');
      return answer;
    });
  },
};
