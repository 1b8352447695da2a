import { SUCCESS } from '../answers/answer.ts';
import { sentValue } from '../effects/values.ts';
import type { Defect } from './defect.ts';

export const disableDoesNothing: Defect = {
  name: 'disable-does-nothing',
  description: 'disable answers success but the customer stays active: the handler changes a copy of the record.',
  breaks: ['disable.effect.active'],
  install(parts) {
    const setField = parts.effects.sets;
    parts.effects.sets = (call) => {
      const effect = call.prepared.operation.effect;
      if (effect.kind !== 'sets' || effect.value !== 'false' || effect.field !== 'active') return setField(call);
      const customer = call.reseller.customers.get(sentValue(call.prepared.subject, call.values) ?? '');
      if (customer) new Map(customer.fields).set(effect.field, effect.value);
      return SUCCESS;
    };
  },
};
