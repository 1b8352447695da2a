import type { Reading } from './reading.ts';

export const xmlContentTypeWithoutCharset: Reading = {
  name: 'xml-content-type-without-charset',
  description: 'XML answers are labelled "text/xml" without a charset parameter: the declaration names ISO-8859-1.',
  allows: ['api.format.xml', 'xml.encoding.iso-8859-1'],
  install(parts) {
    parts.xmlContentType = 'text/xml';
  },
};
