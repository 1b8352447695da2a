import fc from 'fast-check';
import { FRESH_SLOT } from './case.ts';

const DOMAINS = ['example.com', 'example.org', 'example.net'];

/**
 * A username no one holds: an email (D4) starting with the run's prefix and the fresh slot (a
 * run-unique stamp at send time), at most `maxLength` characters, exactly `maxLength` sometimes
 * (always with `exactly`).
 */
export function freshUsername(namePrefix: string, maxLength: number, exactly = false): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...DOMAINS), fc.nat({ max: 20 }), fc.boolean()).map(([domain, extra, atLimit]) => {
    const base = `${namePrefix}${FRESH_SLOT}`;
    const room = maxLength - base.length - 1 - domain.length;
    if (room < 0) throw new Error(`a username with prefix "${namePrefix}" does not fit in ${maxLength} characters`);
    const filler = 'abcdefghijklmnopqrstuvwxyz'.repeat(8).slice(0, atLimit || exactly ? room : Math.min(extra, room));
    return `${base}${filler}@${domain}`;
  });
}
