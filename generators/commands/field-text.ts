import fc from 'fast-check';

// Markup characters and non-ASCII (Latin-1 and beyond) so both formats carry them; no leading or
// trailing space (whether a target trims is not documented). At most 12 code points: under limit/4
// of every field, valid even for a byte-counting target (D9).
const inner = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .-&<>\'"éüßñ€中'.split(''));
const edge = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789éü中'.split(''));

/** A free-text field value valid for every text field of the contracts. */
export const fieldText: fc.Arbitrary<string> = fc
  .tuple(edge, fc.array(inner, { maxLength: 10 }), edge)
  .map(([first, middle, last]) => first + middle.join('') + last);
