import { XML_DECLARATION } from '../answers/xml-writer.ts';
import type { Defect } from './defect.ts';

const UTF8_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export const laterServiceXmlUtf8: Defect = {
  name: 'later-service-xml-utf8',
  description:
    'as the later real service: XML answers no longer declare ISO-8859-1; they declare UTF-8, are UTF-8 and say ' +
    'so in the Content-Type.',
  breaks: ['xml.encoding.iso-8859-1'],
  install(parts) {
    const write = parts.writeXml;
    parts.writeXml = (answer) =>
      Buffer.from(write(answer).toString('latin1').replace(XML_DECLARATION, UTF8_DECLARATION), 'utf8');
    parts.xmlContentType = 'text/xml; charset=UTF-8';
  },
};
