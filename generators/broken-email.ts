import fc from 'fast-check';

/**
 * Not an email address under any reading (D18): no @, two @, empty local part, empty domain, a
 * space inside, a domain without a dot. `local` (a fresh name when the value is a username) keeps
 * the value unique in the run.
 */
export function brokenEmail(local: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    `${local}.example.com`,
    `${local}@extra@example.com`,
    '@example.com',
    `${local}@`,
    `${local} x@example.com`,
    `${local}@localhost`,
  );
}
