/**
 * Days in a month of the calendar (month 1-12). The generator's own, not the rule engine's: a case the
 * suite calls invalid must not be judged so by the code the emulator validates with.
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * How far the target's today may be from the generator's: a run that crosses midnight (the
 * generator's today is fixed when a worker starts), a target keeping another time zone's day.
 */
export const CLOCK_SKEW_DAYS = 1;

/**
 * Billing dates valid under every reading of one billing cycle (D5: the narrowest is today..today+27,
 * no past date), kept CLOCK_SKEW_DAYS inside both ends so a target a day ahead or behind agrees.
 */
export const VALID_BILLING_DAYS = { min: CLOCK_SKEW_DAYS, max: 27 - CLOCK_SKEW_DAYS } as const;

/** First day beyond every reading (the widest cycle is 31 days) for a target a day ahead, and a day more. */
export const LATE_BILLING_DAY = 31 + CLOCK_SKEW_DAYS + 1;
