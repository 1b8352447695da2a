import { escapeXmlText } from '../answers/xml-text.ts';
import type { Reading } from './reading.ts';

export const xmlAposQuot: Reading = {
  name: 'xml-apos-quot',
  description: 'XML text escapes \' and " as &apos; and &quot; besides &amp;, &lt; and &gt;.',
  allows: ['xml.escaping'],
  install(parts) {
    parts.xmlStyle.escape = (value) => escapeXmlText(value).replaceAll("'", '&apos;').replaceAll('"', '&quot;');
  },
};
