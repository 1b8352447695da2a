import fc from 'fast-check';

const label = fc.stringMatching(/^[a-z0-9]{1,8}$/);

/** A plain `local@label.tld` address (D18), at most 30 characters: valid under every reading. */
export const emailAddress: fc.Arbitrary<string> = fc
  .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9.+-]{0,8}[a-z0-9]$/), label, fc.constantFrom('example', 'test'))
  .map(([local, domain, tld]) => `${local.replace(/\.\.+/g, '.')}@${domain}.${tld}`);
