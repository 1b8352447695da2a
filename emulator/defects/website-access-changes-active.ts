import type { Defect } from './defect.ts';

export const websiteAccessChangesActive: Defect = {
  name: 'website-access-changes-active',
  description: 'website_disable / website_enable also disable / enable sending: both write the one "active" flag.',
  breaks: ['website_disable.effect.active-unchanged', 'website_enable.effect.active-unchanged'],
  install(parts) {
    const setField = parts.effects.sets;
    parts.effects.sets = (call) => {
      const answer = setField(call);
      const effect = call.prepared.operation.effect;
      const username = call.values.get('user')?.[0];
      if (effect.kind === 'sets' && effect.field !== 'active')
        call.reseller.customers.get(username ?? '')?.fields.set('active', effect.value);
      return answer;
    };
  },
};
