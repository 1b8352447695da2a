import fc from 'fast-check';
import { FRESH_SLOT } from './case.ts';

/** An email whose domain contains sendgrid.com in some case (D19). */
export function sendgridUsername(namePrefix: string): fc.Arbitrary<string> {
  return fc
    .constantFrom('sendgrid.com', 'SendGrid.com', 'eu.sendgrid.com', 'SENDGRID.COM')
    .map((domain) => `${namePrefix}${FRESH_SLOT}@${domain}`);
}
