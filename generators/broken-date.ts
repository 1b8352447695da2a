import fc from 'fast-check';
import { addDays } from '../lib/dates.ts';
import { daysInMonth, VALID_BILLING_DAYS } from './calendar.ts';

/**
 * Not a YYYY-mm-dd calendar date (D5), and nothing else wrong: each value names a day X inside the
 * billing window for a reader that rolls impossible dates over (2024-04-31 -> 2024-05-01) or reads
 * the example's m/d/yy, so a target that does either and then checks the window still accepts it
 * and is caught. Impossible spellings of X: the previous month's day past its end (April 31,
 * February 30, or further: April 40), the next month's day 00 (X the last of its month), month 13 of
 * the year before (X in January), month 00 of the year after (X in December). Then X as m/d/yy,
 * and a value no reader takes for a date.
 */
export function brokenDate(today: string): fc.Arbitrary<string> {
  const day = fc.integer(VALID_BILLING_DAYS).map((days) => addDays(today, days));
  const impossible = day.chain((date) => fc.constantFrom(...impossibleSpellings(date)));
  const us = day.map((date) => usSpelling(date) ?? impossibleSpellings(date)[0]!);
  return fc.oneof(
    { arbitrary: impossible, weight: 2 },
    { arbitrary: us, weight: 2 },
    { arbitrary: fc.constant('abcd-ef-gh'), weight: 1 },
  );
}

function impossibleSpellings(date: string): string[] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const spellings = [iso(previous.year, previous.month, daysInMonth(previous.year, previous.month) + day)];
  if (day === daysInMonth(year, month)) spellings.push(iso(next.year, next.month, 0));
  if (month === 1) spellings.push(iso(year - 1, 13, day));
  if (month === 12) spellings.push(iso(year + 1, 0, day));
  return spellings;
}

/** m/d/yy, read as 20yy: only for years 2000-2099. */
function usSpelling(date: string): string | undefined {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return year >= 2000 && year < 2100 ? `${month}/${day}/${String(year % 100).padStart(2, '0')}` : undefined;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
