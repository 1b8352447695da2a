import type { Defect } from '../defect.ts';
import { validateOf, withValues } from './support.ts';

const DIGITS = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What `new Date(Date.UTC(y, m - 1, d))` makes of any digits: the 31st of a 30-day month is the 1st of the next. */
function rolledOver(value: string): string {
  const match = DIGITS.exec(value);
  if (!match) return value;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(time).toISOString().slice(0, 10);
}

export const billingDateRollover: Defect = {
  name: 'independent-billing-date-rollover',
  description:
    'create lets the date library roll an impossible billing_date over (2026-11-31 becomes 2026-12-01, 2026-02-30 ' +
    'becomes 2026-03-02) and checks only the window.',
  breaks: ['create.billing_date.format'],
  install(parts) {
    validateOf(parts, 'create', (operation, values, context, clean) => {
      const sent = values.get('billing_date');
      return clean(operation, sent ? withValues(values, 'billing_date', sent.map(rolledOver)) : values, context);
    });
  },
};
