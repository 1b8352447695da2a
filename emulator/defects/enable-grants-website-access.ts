import { WEBSITE_ACCESS_FIELD } from '../operations/list-fields.ts';
import { sentValue } from '../effects/values.ts';
import type { Defect } from './defect.ts';

export const enableGrantsWebsiteAccess: Defect = {
  name: 'enable-grants-website-access',
  description: 'enable also turns website access back on: it restores the whole account, not only sending.',
  breaks: ['enable.effect.website-access-unchanged'],
  install(parts) {
    const setField = parts.effects.sets;
    parts.effects.sets = (call) => {
      const answer = setField(call);
      if (call.prepared.operation.id === 'enable') {
        const username = sentValue(call.prepared.subject, call.values);
        call.reseller.customers.get(username ?? '')?.fields.set(WEBSITE_ACCESS_FIELD, 'true');
      }
      return answer;
    };
  },
};
