import fc from 'fast-check';

// Top-level domains of 3 to 7 letters (`example` is reserved by RFC 2606): a target that caps them at 4 is caught.
const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'mail.example'];
const localCharacter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''), '.', '-', '+');
const letterOrDigit = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));

/**
 * A plain `local@label.tld` address (D18: lowercase letters, digits, dots, hyphens, plus) of at
 * most `maxLength` characters; exactly `maxLength` about half of the time (always with `exactly`).
 */
export function emailAddress(maxLength: number, exactly = false): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...DOMAINS),
      fc.boolean(),
      fc.array(localCharacter, { maxLength: 20 }),
      letterOrDigit,
      letterOrDigit,
    )
    .map(([domain, atLimit, middle, first, last]) => {
      const room = maxLength - domain.length - 1;
      let local = first + middle.join('').replace(/\.(?=\.)/g, '') + last;
      if (atLimit || exactly) local = local.padEnd(room - 1, 'x') + last;
      return `${local.slice(0, room - 1)}${last}@${domain}`;
    });
}
