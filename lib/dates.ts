/**
 * The date `days` days after `date` (YYYY-MM-DD, UTC). Plain calendar arithmetic shared by the rule engine,
 * the generators and the specs: it decides no rule, so sharing it keeps the oracle independent.
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
