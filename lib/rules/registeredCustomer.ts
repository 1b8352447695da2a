import type { Rule } from './types.ts';

export const registeredCustomer: Rule<'registeredCustomer'> = {
  holds: (value, _constraint, _values, context) => context.isRegisteredCustomer(value),
  describe: () => 'must be a customer registered under your account',
};
