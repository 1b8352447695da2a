import type { Defect } from './defect.ts';

export const refusedRenameStillRenames: Defect = {
  name: 'refused-rename-still-renames',
  description:
    'a refused update_username answers the error list but the customer is renamed anyway, unless the name is taken.',
  breaks: ['update_username.refusal.no-effect'],
  install(parts) {
    const [refuse, rename] = [parts.refuse, parts.effects.renames];
    parts.refuse = (call, violations) => {
      const effect = call.prepared.operation.effect;
      const to = effect.kind === 'renames' ? call.values.get(effect.parameter)?.[0] : undefined;
      if (to !== undefined && !call.store.isTaken(to)) rename(call);
      return refuse(call, violations);
    };
  },
};
