import type { Rule } from './types.ts';

export const oneOf: Rule<'oneOf'> = {
  holds: (value, constraint) => constraint.values.includes(value),
  describe: (constraint) => `must be one of ${constraint.values.join(', ')}`,
};
