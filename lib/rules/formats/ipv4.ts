const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

/** Dotted-quad IPv4 address, decimal octets 0-255 without leading zeros. */
export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}
