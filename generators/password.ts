import { fakerValue } from './faker-value.ts';
import fc from 'fast-check';

/** A password of at least `minLength` characters: exactly at the minimum (always with `exactly`), or longer. */
export function password(minLength: number, exactly = false): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.boolean(),
      fakerValue((faker) => faker.internet.password({ length: minLength + faker.number.int({ min: 1, max: 20 }) })),
    )
    .map(([atLimit, value]) => (atLimit || exactly ? value.slice(0, minLength) : value));
}
