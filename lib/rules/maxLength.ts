import { codePointLength } from '../contracts/code-point-length.ts';
import type { Rule } from './types.ts';

export const maxLength: Rule<'maxLength'> = {
  // A string has no more code points than UTF-16 units: count them only when the units exceed the limit.
  holds: (value, constraint) => value.length <= constraint.value || codePointLength(value) <= constraint.value,
  describe: (constraint) => `must be no more than ${constraint.value} characters`,
};
