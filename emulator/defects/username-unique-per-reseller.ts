import type { Defect } from './defect.ts';

export const usernameUniquePerReseller: Defect = {
  name: 'username-unique-per-reseller',
  description:
    "create checks a username only against the caller's live customers: another reseller's customer's name, or a " +
    'deleted one, is taken again.',
  breaks: ['tenant.create.username-held', 'delete.effect.username-reserved'],
  install(parts) {
    const ruleContext = parts.ruleContext;
    parts.ruleContext = (store, reseller, today) => ({
      ...ruleContext(store, reseller, today),
      isTaken: (username) => reseller.customers.has(username),
    });
  },
};
