import fc from 'fast-check';
import { addDays } from './calendar.ts';

/** Beyond every reading of one billing cycle (D5): today+33 days or later. */
export function lateBillingDate(today: string): fc.Arbitrary<string> {
  return fc.integer({ min: 33, max: 400 }).map((days) => addDays(today, days));
}
