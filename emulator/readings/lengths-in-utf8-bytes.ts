import { alsoRefused } from '../shapes/validation-shapes.ts';
import type { Reading } from './reading.ts';

export const lengthsInUtf8Bytes: Reading = {
  name: 'lengths-in-utf8-bytes',
  description:
    '"No more than N characters" counts UTF-8 bytes: a non-ASCII value within N code points but beyond N bytes ' +
    'is refused (D9).',
  allows: ['api.length.code-points'],
  install: alsoRefused((constraint, sent, _context, _refused, parameterName) =>
    constraint.kind === 'maxLength' &&
    sent.some((value) => Buffer.byteLength(value) > constraint.value && [...value].length <= constraint.value)
      ? `${parameterName} must be no more than ${constraint.value} bytes`
      : undefined,
  ),
};
