import { WEBSITE_ACCESS_FIELD } from '../../operations/list-fields.ts';
import type { Defect } from '../defect.ts';
import { effectOf, subjectCustomer } from './support.ts';

export const enableGrantsWebsiteAccess: Defect = {
  name: 'independent-enable-grants-website-access',
  description:
    'enable re-opens the whole account: it also sets website access to true, although "This call will not enable ' +
    'website access".',
  breaks: ['enable.effect.website-access-unchanged'],
  install(parts) {
    effectOf(parts, 'enable', (call, clean) => {
      const answer = clean(call);
      subjectCustomer(call)?.fields.set(WEBSITE_ACCESS_FIELD, 'true');
      return answer;
    });
  },
};
