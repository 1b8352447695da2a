import type { Defect } from '../defect.ts';

export const ipGroupFromAnyReseller: Defect = {
  name: 'independent-ip-group-from-any-reseller',
  description:
    "create checks ip_group[] against the table of all IP groups, not the caller's: another reseller's group is " +
    'accepted.',
  breaks: ['create.ip_group.owned'],
  install(parts) {
    const ruleContext = parts.ruleContext;
    parts.ruleContext = (store, reseller, today) => {
      const context = ruleContext(store, reseller, today);
      const everyGroup = [...store.resellers.values()].flatMap((candidate) => candidate.account.ipGroups);
      return { ...context, account: { ...context.account, ipGroups: everyGroup } };
    };
  },
};
