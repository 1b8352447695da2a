import type { Defect } from './defect.ts';

export const refusedSetEmailStillStores: Defect = {
  name: 'refused-set-email-still-stores',
  description:
    'a refused update_email (setEmail) answers the error list but the new email is stored anyway: it is written ' +
    'before the check.',
  breaks: ['update_email.refusal.no-effect'],
  install(parts) {
    const [refuse, update] = [parts.refuse, parts.effects.updates];
    parts.refuse = (call, violations) => {
      if (call.prepared.operation.id === 'update_email') update(call);
      return refuse(call, violations);
    };
  },
};
