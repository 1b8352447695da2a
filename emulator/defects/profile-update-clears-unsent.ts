import type { Defect } from './defect.ts';

export const profileUpdateClearsUnsent: Defect = {
  name: 'profile-update-clears-unsent',
  description: 'update_profile empties every profile field it was not sent: the update writes the whole record.',
  breaks: ['update_profile.effect.others-unchanged'],
  install(parts) {
    const update = parts.effects.updates;
    parts.effects.updates = (call) => {
      const effect = call.prepared.operation.effect;
      const username = call.values.get('user')?.[0];
      const customer = call.reseller.customers.get(username ?? '');
      if (customer && call.prepared.operation.id === 'update_profile' && effect.kind === 'updates') {
        for (const parameter of call.prepared.values) {
          if (effect.fromParameters.includes(parameter.name) && !call.values.has(parameter.name))
            customer.fields.set(parameter.listedAs ?? parameter.name, '');
        }
      }
      return update(call);
    };
  },
};
