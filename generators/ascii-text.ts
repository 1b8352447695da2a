import fc from 'fast-check';
import { fakerValue } from './faker-value.ts';

const FILL = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Printable ASCII of exactly `length` characters (realistic words from faker, padded or cut), with
 * no space at either end (whether a target trims is not documented). The unambiguous unit for
 * boundary values (D9).
 */
export function asciiText(length: number): fc.Arbitrary<string> {
  return fakerValue((faker) => {
    let text = faker.lorem.sentence({ min: 1, max: Math.max(1, Math.ceil(length / 5)) });
    while (text.length < length) text += ` ${faker.lorem.word()}`;
    text = text.slice(0, length);
    const edge = (index: number) => FILL[(index * 7 + length) % FILL.length]!;
    if (text.startsWith(' ')) text = edge(0) + text.slice(1);
    if (text.endsWith(' ')) text = text.slice(0, -1) + edge(1);
    return text;
  });
}
