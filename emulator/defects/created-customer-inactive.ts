import type { Defect } from './defect.ts';

export const createdCustomerInactive: Defect = {
  name: 'created-customer-inactive',
  description: 'a created customer is listed with active "false": the new record starts from a disabled template.',
  breaks: ['create.effect.active'],
  install(parts) {
    const create = parts.effects.creates;
    parts.effects.creates = (call) => {
      const answer = create(call);
      const username = call.values.get('username')?.[0];
      call.reseller.customers.get(username ?? '')?.fields.set('active', 'false');
      return answer;
    };
  },
};
