import { codePointLength } from '../contracts/code-point-length.ts';
import type { Rule } from './types.ts';

export const minLength: Rule<'minLength'> = {
  holds: (value, constraint) => codePointLength(value) >= constraint.value,
  describe: (constraint) => `must be at least ${constraint.value} characters`,
};
