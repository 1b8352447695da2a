import type { Defect } from './defect.ts';

export const createdCustomerLosesPhone: Defect = {
  name: 'created-customer-loses-phone',
  description: 'a created customer is listed with an empty phone: the insert leaves out one column.',
  breaks: ['create.effect.listed'],
  install(parts) {
    const create = parts.effects.creates;
    parts.effects.creates = (call) => {
      const answer = create(call);
      const username = call.values.get('username')?.[0];
      call.reseller.customers.get(username ?? '')?.fields.set('phone', '');
      return answer;
    };
  },
};
