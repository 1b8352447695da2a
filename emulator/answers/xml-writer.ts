import { AUTH_ERROR_MESSAGE, USER_NOT_FOUND_MESSAGE, type Answer } from './answer.ts';
import { escapeXmlText } from './xml-text.ts';

export const XML_DECLARATION = '<?xml version="1.0" encoding="ISO-8859-1"?>';

/** How a document is put into bytes: its declaration, how text is escaped, the byte encoding. */
export interface XmlStyle {
  declaration: string;
  escape(value: string): string;
  encoding: BufferEncoding;
}

const DOCUMENTED_STYLE: XmlStyle = { declaration: XML_DECLARATION, escape: escapeXmlText, encoding: 'latin1' };

/** The documented XML envelopes: declaration, a blank line, three-space indentation; bytes in ISO-8859-1. */
export function writeXml(answer: Answer, style: Partial<XmlStyle> = {}): Buffer {
  const { declaration, escape, encoding } = { ...DOCUMENTED_STYLE, ...style };
  return Buffer.from(`${declaration}\n\n${xmlDocument(answer, escape)}`, encoding);
}

type Escape = XmlStyle['escape'];

function xmlDocument(answer: Answer, escape: Escape): string {
  switch (answer.kind) {
    case 'success':
      return result(element('message', 'success', 1, escape));
    case 'user-not-found':
      return result(element('message', USER_NOT_FOUND_MESSAGE, 1, escape));
    case 'error-list':
      return result(
        `${element('message', 'error', 1, escape)}   <errors>\n${answer.errors.map((error) => element('error', error, 2, escape)).join('')}   </errors>\n`,
      );
    case 'auth-error':
      return errorObject(401, answer.message ?? AUTH_ERROR_MESSAGE, escape);
    case 'http-error':
      return errorObject(answer.code, answer.message, escape);
    case 'customer-list':
      if (answer.customers.length === 0) return '<users></users>\n';
      return `<users>\n${answer.customers.map((fields) => user(fields, escape)).join('')}</users>\n`;
  }
}

function result(inner: string): string {
  return `<result>\n${inner}</result>\n`;
}

function errorObject(code: number | string, message: string | null, escape: Escape): string {
  return result(`   <error>\n${element('code', String(code), 2, escape)}${element('message', message ?? '', 2, escape)}   </error>\n`);
}

function user(fields: ReadonlyArray<readonly [string, string]>, escape: Escape): string {
  return `   <user>\n${fields.map(([name, value]) => element(name, value, 2, escape)).join('')}   </user>\n`;
}

function element(name: string, value: string, depth: number, escape: Escape): string {
  return `${'   '.repeat(depth)}<${name}>${escape(value)}</${name}>\n`;
}
