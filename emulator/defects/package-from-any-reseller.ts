import type { Defect } from './defect.ts';

export const packageFromAnyReseller: Defect = {
  name: 'package-from-any-reseller',
  description: "create accepts another reseller's package: packages are looked up in the catalogue of every reseller.",
  breaks: ['create.package.owned'],
  install(parts) {
    const ruleContext = parts.ruleContext;
    parts.ruleContext = (store, reseller, today) => {
      const context = ruleContext(store, reseller, today);
      const packages = [...store.resellers.values()].flatMap((each) => each.account.packages);
      return { ...context, account: { ...context.account, packages } };
    };
  },
};
