import fc from 'fast-check';
import { addDays } from '../lib/dates.ts';
import { VALID_BILLING_DAYS } from './calendar.ts';

/** Valid under every reading of "within one billing cycle" (D5), whichever day the target's today is. */
export function billingDate(today: string): fc.Arbitrary<string> {
  return fc.integer(VALID_BILLING_DAYS).map((days) => addDays(today, days));
}
