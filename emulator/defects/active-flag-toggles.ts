import { SUCCESS } from '../answers/answer.ts';
import { sentValue } from '../effects/values.ts';
import type { Defect } from './defect.ts';

export const activeFlagToggles: Defect = {
  name: 'active-flag-toggles',
  description:
    'enable and disable flip the active flag instead of setting it: a second disable enables the customer again.',
  breaks: ['enable.effect.idempotent', 'disable.effect.idempotent'],
  install(parts) {
    const setField = parts.effects.sets;
    parts.effects.sets = (call) => {
      const effect = call.prepared.operation.effect;
      if (effect.kind !== 'sets' || effect.field !== 'active') return setField(call);
      const customer = call.reseller.customers.get(sentValue(call.prepared.subject, call.values) ?? '');
      if (customer) customer.fields.set('active', customer.fields.get('active') === 'true' ? 'false' : 'true');
      return SUCCESS;
    };
  },
};
