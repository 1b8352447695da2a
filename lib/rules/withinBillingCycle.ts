import { addDays } from '../dates.ts';
import { daysInMonth, isDate } from './formats/date.ts';
import type { Rule } from './types.ts';

/**
 * One billing cycle from today (D5): from yesterday (clock skew) up to the same day next month,
 * clamped to that month's end. A value that is no date at all is the format rule's concern.
 */
export const withinBillingCycle: Rule<'withinBillingCycle'> = {
  holds: (value, _constraint, _values, context) => {
    if (!isDate(value)) return true;
    return value >= addDays(context.today, -1) && value <= addOneMonth(context.today);
  },
  describe: () => 'must be within one billing cycle from today',
};

function addOneMonth(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const nextDay = Math.min(day, daysInMonth(nextYear, nextMonth));
  const padded = (value: number, digits: number) => String(value).padStart(digits, '0');
  return `${padded(nextYear, 4)}-${padded(nextMonth, 2)}-${padded(nextDay, 2)}`;
}
