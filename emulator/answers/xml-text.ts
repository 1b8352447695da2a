// Characters that cannot travel as themselves in ISO-8859-1 XML text: markup, CR (a parser would
// normalise it away), other C0 controls, and everything beyond Latin-1 (D7: numeric references).
const NEEDS_ESCAPE = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u0100-\uffff]/;

export function escapeXmlText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  let escaped = '';
  for (const character of value) {
    const code = character.codePointAt(0) as number;
    if (character === '&') escaped += '&amp;';
    else if (character === '<') escaped += '&lt;';
    else if (character === '>') escaped += '&gt;';
    else if (mustBeReferenced(code)) escaped += `&#${code};`;
    else escaped += character;
  }
  return escaped;
}

/** Beyond Latin-1, CR, or a C0 control other than tab and line feed: only a numeric reference carries it. */
export function mustBeReferenced(code: number): boolean {
  return code > 0xff || code === 0x0d || (code < 0x20 && code !== 0x09 && code !== 0x0a);
}
