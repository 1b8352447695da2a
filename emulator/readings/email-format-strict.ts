import { alsoRefused } from '../shapes/validation-shapes.ts';
import type { Reading } from './reading.ts';

// The narrowest reading D18 names: plain lowercase ASCII local@label.tld.
const PLAIN_EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

export const emailFormatStrict: Reading = {
  name: 'email-format-strict',
  description:
    'email format is read narrowly: only plain lowercase ASCII local@label.tld addresses pass; quoted local ' +
    'parts, IP literals, capitals and non-ASCII are refused (D18).',
  allows: ['api.email.format-reading'],
  install: alsoRefused((constraint, sent, _context, refused, parameterName) =>
    constraint.kind === 'format' &&
    constraint.format === 'email' &&
    !refused.some((violation) => violation.requirement === constraint.refusing) &&
    !sent.every((value) => value === '' || PLAIN_EMAIL.test(value))
      ? `${parameterName} must be a plain email address`
      : undefined,
  ),
};
