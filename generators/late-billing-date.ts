import fc from 'fast-check';
import { addDays } from '../lib/dates.ts';
import { LATE_BILLING_DAY } from './calendar.ts';

/** Beyond every reading of one billing cycle (D5), whichever day the target's today is. */
export function lateBillingDate(today: string): fc.Arbitrary<string> {
  return fc.integer({ min: LATE_BILLING_DAY, max: 400 }).map((days) => addDays(today, days));
}
