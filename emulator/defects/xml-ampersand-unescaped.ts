import { escapeXmlText } from '../answers/xml-text.ts';
import { writeXml } from '../answers/xml-writer.ts';
import type { Defect } from './defect.ts';

export const xmlAmpersandUnescaped: Defect = {
  name: 'xml-ampersand-unescaped',
  description: 'XML answers carry a bare & in values: a guard against double escaping turns every &amp; back into &.',
  breaks: ['xml.escaping'],
  install(parts) {
    parts.writeXml = (answer) => writeXml(answer, { escape: (value) => escapeXmlText(value).replaceAll('&amp;', '&') });
  },
};
