import { AUTH_ERROR_MESSAGE, USER_NOT_FOUND_MESSAGE, type Answer } from './answer.ts';
import { escapeXmlText } from './xml-text.ts';

export const XML_DECLARATION = '<?xml version="1.0" encoding="ISO-8859-1"?>';

/** How a document is put into bytes: its declaration, how text is escaped, the byte encoding, the layout. */
export interface XmlStyle {
  declaration: string;
  escape(value: string): string;
  encoding: BufferEncoding;
  /** One level of indentation and the line break; '' and '' write the document on one line. */
  indent: string;
  newline: string;
  /** An element without content as <name/> instead of <name></name>. */
  selfClosingEmpty(name: string): boolean;
}

const DOCUMENTED_STYLE: XmlStyle = {
  declaration: XML_DECLARATION,
  escape: escapeXmlText,
  encoding: 'latin1',
  indent: '   ',
  newline: '\n',
  selfClosingEmpty: () => false,
};

/** The documented XML envelopes: declaration, a blank line, three-space indentation; bytes in ISO-8859-1. */
export function writeXml(answer: Answer, style: Partial<XmlStyle> = {}): Buffer {
  const full = { ...DOCUMENTED_STYLE, ...style };
  return Buffer.from(`${full.declaration}${full.newline}${full.newline}${xmlDocument(answer, full)}`, full.encoding);
}

/**
 * A document whose root is <error> (<error><code>..</code><message>..</message></error>), the shape published
 * XML clients of Web API v2 look for, laid out with `indent` and `newline` (no blank line after the declaration).
 */
export function rootErrorXml(
  code: number | string,
  message: string,
  { indent, newline }: Pick<XmlStyle, 'indent' | 'newline'>,
): Buffer {
  const lines = ['<error>', `${indent}<code>${code}</code>`, `${indent}<message>${escapeXmlText(message)}</message>`];
  return Buffer.from(`${XML_DECLARATION}${newline}${[...lines, '</error>'].join(newline)}${newline}`, 'latin1');
}

function xmlDocument(answer: Answer, style: XmlStyle): string {
  const { newline } = style;
  switch (answer.kind) {
    case 'success':
      return result([element('message', 'success', 1, style)], style);
    case 'user-not-found':
      return result([element('message', USER_NOT_FOUND_MESSAGE, 1, style)], style);
    case 'error-list':
      return result(
        [
          element('message', 'error', 1, style),
          parent(
            'errors',
            answer.errors.map((error) => element('error', error, 2, style)),
            1,
            style,
          ),
        ],
        style,
      );
    case 'auth-error':
      return errorObject(401, answer.message ?? AUTH_ERROR_MESSAGE, style);
    case 'http-error':
      return errorObject(answer.code, answer.message, style);
    case 'customer-list':
      if (answer.customers.length === 0)
        return `${style.selfClosingEmpty('users') ? '<users/>' : '<users></users>'}${newline}`;
      return parent(
        'users',
        answer.customers.map((fields) => user(fields, style)),
        0,
        style,
      );
  }
}

function result(children: string[], style: XmlStyle): string {
  return parent('result', children, 0, style);
}

function errorObject(code: number | string, message: string | null, style: XmlStyle): string {
  return result(
    [parent('error', [element('code', String(code), 2, style), element('message', message ?? '', 2, style)], 1, style)],
    style,
  );
}

function user(fields: ReadonlyArray<readonly [string, string]>, style: XmlStyle): string {
  return parent(
    'user',
    fields.map(([name, value]) => element(name, value, 2, style)),
    1,
    style,
  );
}

function parent(name: string, children: string[], depth: number, style: XmlStyle): string {
  const margin = style.indent.repeat(depth);
  return `${margin}<${name}>${style.newline}${children.join('')}${margin}</${name}>${style.newline}`;
}

function element(name: string, value: string, depth: number, style: XmlStyle): string {
  const margin = style.indent.repeat(depth);
  if (value === '' && style.selfClosingEmpty(name)) return `${margin}<${name}/>${style.newline}`;
  return `${margin}<${name}>${style.escape(value)}</${name}>${style.newline}`;
}
