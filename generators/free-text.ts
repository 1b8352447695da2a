import fc from 'fast-check';
import { asciiText } from './ascii-text.ts';
import { mixedText } from './mixed-text.ts';

/**
 * A valid free-text value for a limit of `maxLength` code points: ASCII exactly at the limit, ASCII
 * inside it, or non-ASCII within limit/4 code points so a byte-counting target accepts it too (D9).
 */
export function freeText(maxLength: number): fc.Arbitrary<string> {
  const inside = fc.integer({ min: 1, max: maxLength }).chain((length) => asciiText(length));
  const options = [asciiText(maxLength), inside];
  if (maxLength >= 8) options.push(mixedText(Math.floor(maxLength / 4)));
  return fc.oneof(...options);
}
