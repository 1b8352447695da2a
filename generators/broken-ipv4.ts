import fc from 'fast-check';

/**
 * Not a dotted-quad IPv4 address. Never a leading zero in an octet: a reading takes 198.051.100.010 for
 * 198.51.100.10 (create.ip.leading-zeros).
 */
export const brokenIpv4: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 256, max: 999 }).map((octet) => `${octet}.51.100.10`),
  fc.constantFrom('198.51.100', '198.51.100.10.1', 'a.b.c.d', '198.51.100.-1'),
);
