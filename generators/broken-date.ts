import fc from 'fast-check';

/** Not a YYYY-mm-dd calendar date (D5): month 13, 30 February, not digits at all. */
export function brokenDate(today: string): fc.Arbitrary<string> {
  const year = today.slice(0, 4);
  return fc.oneof(
    fc.integer({ min: 1, max: 28 }).map((day) => `${year}-13-${String(day).padStart(2, '0')}`),
    fc.constantFrom(`${year}-02-30`, `${year}-02-31`, `${year}-04-31`),
    fc.constant('abcd-ef-gh'),
  );
}
