import type { Rule } from './types.ts';

// Holds when the other parameter is absent or empty: that is the other parameter's own violation.
export const equalsParameter: Rule<'equalsParameter'> = {
  holds: (value, constraint, values) => {
    const other = values.get(constraint.parameter)?.[0];
    return other === undefined || other === '' || other === value;
  },
  describe: (constraint) => `must match ${constraint.parameter}`,
};
