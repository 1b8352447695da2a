import type { Reading } from './reading.ts';
import { ERROR_ENVELOPE_REQUIREMENTS } from '../defects/envelope-requirements.ts';

// Was the defect `xml-errors-not-wrapped` until D24: a <result> carrying <error> elements is an error
// shape the documents allow (any XML document whose root is <error> or a <result> carrying one).
export const xmlErrorsUnwrapped: Reading = {
  name: 'xml-errors-unwrapped',
  description:
    'XML error lists put each <error> directly under <result>, without the <errors> element (a <result> carrying ' +
    'errors, D24).',
  allows: ['api.answer.error-shapes', ...ERROR_ENVELOPE_REQUIREMENTS],
  install(parts) {
    const write = parts.writeXml;
    parts.writeXml = (answer) => {
      const bytes = write(answer);
      if (answer.kind !== 'error-list') return bytes;
      return Buffer.from(bytes.toString('latin1').replace(/^\s*<\/?errors>\r?\n?/gm, ''), 'latin1');
    };
  },
};
