import type { Defect } from '../defect.ts';
import { effectOf, subjectCustomer } from './support.ts';

export const profileUpdateReactivates: Defect = {
  name: 'independent-profile-update-reactivates',
  description:
    'A profile update saves the whole row from a form whose "active" defaults to true: a disabled customer becomes ' +
    'active again.',
  breaks: ['update_profile.effect.others-unchanged'],
  install(parts) {
    effectOf(parts, 'update_profile', (call, clean) => {
      const answer = clean(call);
      subjectCustomer(call)?.fields.set('active', 'true');
      return answer;
    });
  },
};
