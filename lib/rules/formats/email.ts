// Pragmatic (D18): one "@", a non-empty local part, a dotted domain of non-empty labels, no whitespace.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}
