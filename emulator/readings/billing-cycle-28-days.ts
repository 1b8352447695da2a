import { isDate } from '../../lib/rules/formats/date.ts';
import { alsoRefused } from '../shapes/validation-shapes.ts';
import type { Reading } from './reading.ts';

const CYCLE_DAYS = 28;

function daysAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const billingCycle28Days: Reading = {
  name: 'billing-cycle-28-days',
  description:
    'a billing cycle is read as 28 days from today: billing_date before today or after today+28 is refused (the ' +
    'month-end and past-date readings D5 leaves open).',
  allows: ['create.billing_date.cycle-reading'],
  install: alsoRefused((constraint, sent, context, refused, parameterName) =>
    constraint.kind === 'withinBillingCycle' &&
    !refused.some((violation) => violation.parameter === parameterName) &&
    sent.some((value) => isDate(value) && (value < context.today || value > daysAfter(context.today, CYCLE_DAYS)))
      ? `${parameterName} must be within ${CYCLE_DAYS} days from today`
      : undefined,
  ),
};
