import type { Defect } from './defect.ts';
import { ERROR_ENVELOPE_REQUIREMENTS } from './envelope-requirements.ts';

export const xmlErrorsNotWrapped: Defect = {
  name: 'xml-errors-not-wrapped',
  description: 'XML error lists put each <error> directly under <result>: the writer forgets the <errors> element.',
  breaks: ERROR_ENVELOPE_REQUIREMENTS,
  install(parts) {
    const write = parts.writeXml;
    parts.writeXml = (answer) => {
      const bytes = write(answer);
      if (answer.kind !== 'error-list') return bytes;
      return Buffer.from(bytes.toString('latin1').replace(/^ *<\/?errors>\n/gm, ''), 'latin1');
    };
  },
};
