import fc from 'fast-check';
import { addDays } from './calendar.ts';

/** Valid under every reading of "within one billing cycle" (D5): today .. today+27 days. */
export function billingDate(today: string): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: 27 }).map((days) => addDays(today, days));
}
