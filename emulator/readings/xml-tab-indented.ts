import type { Reading } from './reading.ts';

export const xmlTabIndented: Reading = {
  name: 'xml-tab-indented',
  description: 'XML documents are indented with tabs and end lines with CR LF instead of three spaces and LF.',
  allows: ['api.format.xml'],
  install(parts) {
    parts.xmlStyle.indent = '\t';
    parts.xmlStyle.newline = '\r\n';
  },
};
