import { writeXml } from '../../answers/xml-writer.ts';
import { escapeXmlText } from '../../answers/xml-text.ts';
import type { Defect } from '../defect.ts';

export const xmlDoubleEscaped: Defect = {
  name: 'independent-xml-double-escaped',
  description:
    'XML text is escaped twice (once by the model, once by the writer): "Smith & Co" decodes as "Smith &amp; Co" and ' +
    '"<b>" as "&lt;b&gt;".',
  breaks: ['xml.escaping'],
  install(parts) {
    parts.writeXml = (answer) => writeXml(answer, { escape: (value) => escapeXmlText(escapeXmlText(value)) });
  },
};
