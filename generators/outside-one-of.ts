import fc from 'fast-check';

// Never a boolean under any reading (D16: not "1"/"0"), never an operation selector of the API.
const CANDIDATES = ['maybe', 'yes', '2', 'free'];

/** A value outside `values`. */
export function outsideOneOf(values: readonly string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...CANDIDATES.filter((candidate) => !values.includes(candidate)));
}
