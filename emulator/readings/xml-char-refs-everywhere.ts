import type { Reading } from './reading.ts';

/** Every character as a numeric reference, decimal and hexadecimal in turn. */
function referenced(value: string): string {
  return [...value]
    .map((character, index) => {
      const code = character.codePointAt(0) as number;
      return index % 2 === 0 ? `&#${code};` : `&#x${code.toString(16).toUpperCase()};`;
    })
    .join('');
}

export const xmlCharRefsEverywhere: Reading = {
  name: 'xml-char-refs-everywhere',
  description:
    'XML writes every character of every text as a numeric character reference, decimal and hexadecimal in turn (<message>&#115;&#x75;...</message>) (D7: any character may be a reference).',
  allows: ['xml.non-latin1', 'xml.escaping'],
  install(parts) {
    parts.xmlStyle.escape = referenced;
  },
};
