import type { Defect } from './defect.ts';

export const refusedCreateStillStores: Defect = {
  name: 'refused-create-still-stores',
  description:
    'a refused create answers the error list but the customer is stored anyway (the insert is not rolled back).',
  breaks: ['create.refusal.no-effect'],
  install(parts) {
    const refuse = parts.refuse;
    const createCustomer = parts.effects.creates;
    parts.refuse = (call, violations) => {
      const username = call.values.get('username')?.[0];
      if (call.prepared.operation.effect.kind === 'creates' && username && !call.store.isTaken(username))
        createCustomer(call);
      return refuse(call, violations);
    };
  },
};
