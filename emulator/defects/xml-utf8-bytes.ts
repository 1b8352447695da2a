import { writeXml } from '../answers/xml-writer.ts';
import type { Defect } from './defect.ts';

export const xmlUtf8Bytes: Defect = {
  name: 'xml-utf8-bytes',
  description:
    'XML answers still declare ISO-8859-1 but their bytes are UTF-8 (the string is written with the default encoding).',
  breaks: ['xml.encoding.iso-8859-1'],
  install(parts) {
    parts.writeXml = (answer) => writeXml(answer, { encoding: 'utf8' });
  },
};
