import fc from 'fast-check';

// Latin-1 letters, characters beyond Latin-1 (BMP and astral) and XML markup characters: values that
// test encoding and escaping in both formats. No space at the ends (trimming is undocumented).
const inner = fc.constantFrom(...[...'abcxyzABC019 .-&<>\'"éüßñÅøÿ€中ĀŁΩЖ', '😀', '𝄞']);
const edge = fc.constantFrom(...[...'abcxyzéüñÅ中ΩЖ', '😀']);

/** Text with non-ASCII characters of at most `maxCodePoints` code points (>= 2). */
export function mixedText(maxCodePoints: number): fc.Arbitrary<string> {
  const middle = Math.max(0, maxCodePoints - 2);
  return fc
    .tuple(edge, fc.array(inner, { maxLength: middle }), edge)
    .map(([first, rest, last]) => first + rest.join('') + last);
}
