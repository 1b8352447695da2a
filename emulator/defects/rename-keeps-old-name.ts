import { SUCCESS } from '../answers/answer.ts';
import { sentValue } from '../effects/values.ts';
import type { Defect } from './defect.ts';

export const renameKeepsOldName: Defect = {
  name: 'rename-keeps-old-name',
  description:
    'update_username changes the listed username but not the index by username: the old name still reaches the ' +
    'customer, the new one does not.',
  breaks: ['update_username.effect.old-name-unknown', 'update_username.effect.listed-new-name'],
  install(parts) {
    parts.effects.renames = (call) => {
      const effect = call.prepared.operation.effect;
      const to = effect.kind === 'renames' ? call.values.get(effect.parameter)?.[0] : undefined;
      const customer = call.reseller.customers.get(sentValue(call.prepared.subject, call.values) ?? '');
      if (customer && to) {
        customer.username = to;
        customer.fields.set('username', to);
      }
      return SUCCESS;
    };
  },
};
