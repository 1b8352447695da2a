import type { Defect } from '../defect.ts';
import { validateOf } from './support.ts';

export const refusedCreateReservesUsername: Defect = {
  name: 'independent-refused-create-reserves-username',
  description:
    'create reserves the username before validating the rest: a refused create (say a bad email) leaves its username ' +
    'taken, and the corrected create is then refused.',
  breaks: ['create.refusal.no-effect', 'create.valid.accepted'],
  install(parts) {
    const reservedByRefusals = new Set<string>();
    const ruleContext = parts.ruleContext;
    parts.ruleContext = (store, reseller, today) => {
      const context = ruleContext(store, reseller, today);
      return { ...context, isTaken: (username) => context.isTaken(username) || reservedByRefusals.has(username) };
    };
    validateOf(parts, 'create', (operation, values, context, clean) => {
      const violations = clean(operation, values, context);
      const username = values.get('username')?.[0];
      if (violations.length > 0 && username) reservedByRefusals.add(username);
      return violations;
    });
  },
};
