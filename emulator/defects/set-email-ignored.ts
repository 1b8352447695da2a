import { SUCCESS } from '../answers/answer.ts';
import type { Defect } from './defect.ts';

export const setEmailIgnored: Defect = {
  name: 'set-email-ignored',
  description: 'update_email (setEmail) answers success but the customer keeps its old email.',
  breaks: ['update_email.effect.listed'],
  install(parts) {
    const update = parts.effects.updates;
    parts.effects.updates = (call) => (call.prepared.operation.id === 'update_email' ? SUCCESS : update(call));
  },
};
