import type { Defect } from '../defect.ts';
import { effectOf, subjectCustomer } from './support.ts';

export const websiteEnableReactivates: Defect = {
  name: 'independent-website-enable-reactivates',
  description:
    'website_enable also re-activates a disabled customer ("a user who may log in must be active"), although it ' +
    '"will not enable the customer from sending out emails".',
  breaks: ['website_enable.effect.active-unchanged'],
  install(parts) {
    effectOf(parts, 'website_enable', (call, clean) => {
      const answer = clean(call);
      subjectCustomer(call)?.fields.set('active', 'true');
      return answer;
    });
  },
};
