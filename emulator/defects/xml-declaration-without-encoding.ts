import { writeXml } from '../answers/xml-writer.ts';
import type { Defect } from './defect.ts';

export const xmlDeclarationWithoutEncoding: Defect = {
  name: 'xml-declaration-without-encoding',
  description: 'XML answers declare no encoding (so UTF-8 is implied) while the bytes are still ISO-8859-1.',
  breaks: ['xml.encoding.iso-8859-1'],
  install(parts) {
    parts.writeXml = (answer) => writeXml(answer, { declaration: '<?xml version="1.0"?>' });
  },
};
