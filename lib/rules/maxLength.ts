import { codePointLength } from './code-point-length.ts';
import type { Rule } from './types.ts';

export const maxLength: Rule<'maxLength'> = {
  holds: (value, constraint) => codePointLength(value) <= constraint.value,
  describe: (constraint) => `must be no more than ${constraint.value} characters`,
};
