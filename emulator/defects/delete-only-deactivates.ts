import { SUCCESS } from '../answers/answer.ts';
import { sentValue } from '../effects/values.ts';
import type { Defect } from './defect.ts';

export const deleteOnlyDeactivates: Defect = {
  name: 'delete-only-deactivates',
  description:
    'delete answers success but only marks the customer inactive (a soft delete): it stays listed and manageable.',
  breaks: ['delete.effect.unlisted', 'delete.effect.unknown-after'],
  install(parts) {
    parts.effects.deletes = (call) => {
      call.reseller.customers.get(sentValue(call.prepared.subject, call.values) ?? '')?.fields.set('active', 'false');
      return SUCCESS;
    };
  },
};
