import { escapeXmlText } from '../answers/xml-text.ts';
import { writeXml } from '../answers/xml-writer.ts';
import type { Defect } from './defect.ts';

export const xmlNoCharRefs: Defect = {
  name: 'xml-no-char-refs',
  description:
    'XML answers write characters outside Latin-1 as they are: the ISO-8859-1 encoder keeps only their low byte (€ becomes ¬).',
  breaks: ['xml.non-latin1'],
  install(parts) {
    const escapeMarkupOnly = (value: string) =>
      [...value]
        .map((character) => ((character.codePointAt(0) ?? 0) > 0xff ? character : escapeXmlText(character)))
        .join('');
    parts.writeXml = (answer) => writeXml(answer, { escape: escapeMarkupOnly });
  },
};
