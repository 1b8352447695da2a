import { mustBeReferenced } from '../answers/xml-text.ts';
import type { Reading } from './reading.ts';

/** Text as CDATA sections; what a section cannot carry in ISO-8859-1 (beyond Latin-1, CR, controls) as references between sections. */
function cdataText(value: string): string {
  let written = '';
  let section = '';
  const close = () => {
    if (section !== '') written += `<![CDATA[${section.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
    section = '';
  };
  for (const character of value) {
    const code = character.codePointAt(0) as number;
    if (mustBeReferenced(code)) {
      close();
      written += `&#${code};`;
    } else section += character;
  }
  close();
  return written;
}

export const xmlCdata: Reading = {
  name: 'xml-cdata',
  description:
    'XML text travels in CDATA sections (<message><![CDATA[success]]></message>, markup characters unescaped inside them).',
  allows: ['xml.escaping', 'api.format.xml'],
  install(parts) {
    parts.xmlStyle.escape = cdataText;
  },
};
