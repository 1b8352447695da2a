const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-mm-dd` naming a real calendar date (D5). */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The date `days` days after `date` (YYYY-MM-DD, UTC). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DIGIT_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/;

/**
 * The calendar date a lenient reader makes of a value that is no YYYY-mm-dd calendar date: parts out
 * of range rolled over the way `Date.UTC` and lenient calendars do (2024-04-31 -> 2024-05-01,
 * 2024-13-05 -> 2025-01-05, 2024-05-00 -> 2024-04-30), a US `m/d/yy` read as 20yy (the seeds' example
 * `2/28/11`). Undefined when no such reading exists; a calendar date reads as itself.
 */
export function lenientDate(value: string): string | undefined {
  const digits = DIGIT_PARTS.exec(value);
  if (digits) return rolledOver(Number(digits[1]), Number(digits[2]), Number(digits[3]));
  const us = US_DATE.exec(value);
  if (us) return rolledOver(2000 + Number(us[3]), Number(us[1]), Number(us[2]));
  return undefined;
}

function rolledOver(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10);
}
