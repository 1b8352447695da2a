import fc from 'fast-check';
import type { Account, AccountCollection } from '../lib/contracts/types.ts';

/**
 * A package, IP group, IP or whitelabel that is not the caller's: another reseller's where the
 * profile names one, else a made-up one of the right shape (IPs from TEST-NET-1).
 */
export function unownedItem(collection: AccountCollection, account: Account, foreign?: Account): fc.Arbitrary<string> {
  const made =
    collection === 'ips'
      ? fc.integer({ min: 1, max: 254 }).map((octet) => `192.0.2.${octet}`)
      : fc
          .integer({ min: 1, max: 9999 })
          .map((number) => (collection === 'whitelabels' ? `mail${number}.not-yours.example` : `Not Yours ${number}`));
  const candidates = foreign?.[collection].length ? fc.oneof(fc.constantFrom(...foreign[collection]), made) : made;
  return candidates.filter((value) => !account[collection].includes(value));
}
