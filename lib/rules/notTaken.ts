import type { Rule } from './types.ts';

export const notTaken: Rule<'notTaken'> = {
  holds: (value, _constraint, _values, context) => !context.isTaken(value),
  describe: () => 'is already taken',
};
