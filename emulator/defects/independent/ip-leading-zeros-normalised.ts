import type { Defect } from '../defect.ts';
import { validateOf, withValues } from './support.ts';

const LOOSE_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** inet_aton-style reading: each part as a number, so 198.051.100.010 is 198.51.100.10. */
function normalised(ip: string): string {
  return LOOSE_QUAD.test(ip)
    ? ip
        .split('.')
        .map((part) => String(Number(part)))
        .join('.')
    : ip;
}

export const ipLeadingZerosNormalised: Defect = {
  name: 'independent-ip-leading-zeros-normalised',
  description:
    'create reads each ip[] part as a number before checking it: "198.051.100.010" (leading zeros, not a valid ' +
    'dotted quad) passes as the owned 198.51.100.10 and is stored as sent.',
  breaks: ['create.ip.format'],
  uncatchable:
    'create.ip.leading-zeros: 198.051.100.010 is 198.51.100.10 under the POSIX inet_pton text (one to three ' +
    'decimal digits), so accepting it as that owned address is a published reading; ip[] is never listed, ' +
    'so what was stored cannot be seen',
  install(parts) {
    validateOf(parts, 'create', (operation, values, context, clean) => {
      const ips = values.get('ip[]');
      return clean(operation, ips ? withValues(values, 'ip[]', ips.map(normalised)) : values, context);
    });
  },
};
