import type { Reading } from './reading.ts';

export const xmlCompact: Reading = {
  name: 'xml-compact',
  description:
    'XML documents are written on one line: no blank line after the declaration, no indentation, no line breaks between elements.',
  allows: ['api.format.xml', 'xml.declaration'],
  install(parts) {
    parts.xmlStyle.indent = '';
    parts.xmlStyle.newline = '';
  },
};
