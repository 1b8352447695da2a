import { writeXml } from '../answers/xml-writer.ts';
import type { Defect } from './defect.ts';

export const xmlDeclarationMissing: Defect = {
  name: 'xml-declaration-missing',
  description: 'XML answers start with the root element: the template has no XML declaration (so no encoding either).',
  breaks: ['xml.declaration', 'xml.encoding.iso-8859-1'],
  install(parts) {
    parts.writeXml = (answer) => writeXml(answer, { declaration: '' });
  },
};
