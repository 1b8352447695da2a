import type { Rule } from './types.ts';

const words = { packages: 'package', ipGroups: 'IP group', ips: 'IP address', whitelabels: 'whitelabel' } as const;

export const ownedBy: Rule<'ownedBy'> = {
  holds: (value, constraint, _values, context) => context.account[constraint.collection].includes(value),
  describe: (constraint) => `must be a ${words[constraint.collection]} that belongs to you`,
};
