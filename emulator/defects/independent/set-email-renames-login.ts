import type { Defect } from '../defect.ts';
import { effectOf, subjectCustomer, subjectOf } from './support.ts';

export const setEmailRenamesLogin: Defect = {
  name: 'independent-set-email-renames-login',
  description:
    'setEmail keeps the login in step with the contact email: when the username equals the old email, the customer ' +
    'is also renamed to the new email (setEmail must change the email only).',
  breaks: ['update_email.effect.listed'],
  install(parts) {
    effectOf(parts, 'update_email', (call, clean) => {
      const username = subjectOf(call);
      const oldEmail = subjectCustomer(call)?.fields.get('email');
      const answer = clean(call);
      const newEmail = call.values.get('email')?.[0];
      if (username !== undefined && username === oldEmail && newEmail && !call.store.isTaken(newEmail))
        call.store.rename(call.reseller, username, newEmail);
      return answer;
    });
  },
};
