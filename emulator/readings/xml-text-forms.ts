import { mustBeReferenced } from '../answers/xml-text.ts';

/**
 * Text as CDATA sections; what a section cannot carry in ISO-8859-1 (beyond Latin-1, CR, controls) as
 * references between sections.
 */
export function cdataText(value: string): string {
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

/** Every character as a numeric reference, decimal and hexadecimal in turn. */
export function everyCharacterReferenced(value: string): string {
  return [...value]
    .map((character, index) => {
      const code = character.codePointAt(0) as number;
      return index % 2 === 0 ? `&#${code};` : `&#x${code.toString(16).toUpperCase()};`;
    })
    .join('');
}
