import { isDate } from '../../../lib/rules/formats/date.ts';
import type { Defect } from '../defect.ts';
import { validateOf } from './support.ts';

/** `new Date(y, month + 1, d)` with a month that is already 1-based: two months ahead, not one. */
function twoMonthsAhead(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month + 1, day)).toISOString().slice(0, 10);
}

export const billingCycleTwoMonths: Defect = {
  name: 'independent-billing-cycle-two-months',
  description:
    'create accepts a billing_date up to two months ahead (a 1-based month passed to a 0-based date constructor): ' +
    'today+33 to today+59 days are accepted.',
  breaks: ['create.billing_date.within-billing-cycle'],
  install(parts) {
    validateOf(parts, 'create', (operation, values, context, clean) => {
      const date = values.get('billing_date')?.[0] ?? '';
      const limit = twoMonthsAhead(context.today);
      return clean(operation, values, context).filter(
        (violation) =>
          !(violation.kind === 'withinBillingCycle' && isDate(date) && date >= context.today && date <= limit),
      );
    });
  },
};
