import fc from 'fast-check';
import { daysInMonth } from '../lib/rules/formats/date.ts';
import { addDays, VALID_BILLING_DAYS } from './calendar.ts';

/**
 * Not a YYYY-mm-dd calendar date (D5), and nothing else wrong: each value names a day inside the
 * billing window for a reader that rolls impossible dates over (2024-04-31 -> 2024-05-01) or reads
 * the example's m/d/yy, so a target that does either and then checks the window still accepts it
 * and is caught. Spellings of a day X in the window: the previous month's day past its end (April 31,
 * February 30, or further: April 40), the next month's day 00 (X the last of its month), month 13 of
 * the year before (X in January), month 00 of the year after (X in December), X as m/d/yy; and a
 * value no reader takes for a date.
 */
export function brokenDate(today: string): fc.Arbitrary<string> {
  const spelled = fc.integer(VALID_BILLING_DAYS).chain((days) => fc.constantFrom(...impossibleSpellings(addDays(today, days))));
  return fc.oneof(spelled, fc.constant('abcd-ef-gh'));
}

function impossibleSpellings(date: string): string[] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const spellings = [iso(previous.year, previous.month, daysInMonth(previous.year, previous.month) + day)];
  // A two-digit year is read as 20yy.
  if (year >= 2000 && year < 2100) spellings.push(`${month}/${day}/${String(year % 100).padStart(2, '0')}`);
  if (day === daysInMonth(year, month)) spellings.push(iso(next.year, next.month, 0));
  if (month === 1) spellings.push(iso(year - 1, 13, day));
  if (month === 12) spellings.push(iso(year + 1, 0, day));
  return spellings;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
