import type { Constraint } from '../contracts/types.ts';
import { isDate } from './formats/date.ts';
import { isEmail } from './formats/email.ts';
import { isIpv4 } from './formats/ipv4.ts';
import type { Rule } from './types.ts';

type FormatName = Extract<Constraint, { kind: 'format' }>['format'];

const formats: Record<FormatName, { test(value: string): boolean; words: string }> = {
  email: { test: isEmail, words: 'in email format' },
  date: { test: isDate, words: 'a date in YYYY-mm-dd format' },
  ipv4: { test: isIpv4, words: 'a valid IPv4 address' },
};

export const format: Rule<'format'> = {
  holds: (value, constraint) => formats[constraint.format].test(value),
  describe: (constraint) => `must be ${formats[constraint.format].words}`,
};
