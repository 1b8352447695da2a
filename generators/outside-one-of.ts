import fc from 'fast-check';

// Never an operation selector of the API. Half the cases send what a lenient reader takes for a
// boolean ("1"/"0", a cast), which free_user's "Either true or false" does not allow; the other half words.
const GROUPS = [
  ['1', '0'],
  ['maybe', 'yes', '2', 'free'],
];

/** A value outside `values`. */
export function outsideOneOf(values: readonly string[]): fc.Arbitrary<string> {
  const groups = GROUPS.map((group) => group.filter((candidate) => !values.includes(candidate))).filter(
    (group) => group.length > 0,
  );
  return fc.oneof(...groups.map((group) => fc.constantFrom(...group)));
}
