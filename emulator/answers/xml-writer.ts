import { AUTH_ERROR_MESSAGE, USER_NOT_FOUND_MESSAGE, type Answer } from './answer.ts';
import { escapeXmlText } from './xml-text.ts';

export const XML_DECLARATION = '<?xml version="1.0" encoding="ISO-8859-1"?>';

/** The documented XML envelopes: declaration, a blank line, three-space indentation; bytes in ISO-8859-1. */
export function writeXml(answer: Answer, declaration = XML_DECLARATION): Buffer {
  return Buffer.from(`${declaration}\n\n${xmlDocument(answer)}`, 'latin1');
}

function xmlDocument(answer: Answer): string {
  switch (answer.kind) {
    case 'success':
      return result(element('message', 'success', 1));
    case 'user-not-found':
      return result(element('message', USER_NOT_FOUND_MESSAGE, 1));
    case 'error-list':
      return result(
        `${element('message', 'error', 1)}   <errors>\n${answer.errors.map((error) => element('error', error, 2)).join('')}   </errors>\n`,
      );
    case 'auth-error':
      return errorObject(401, AUTH_ERROR_MESSAGE);
    case 'http-error':
      return errorObject(answer.code, answer.message);
    case 'customer-list':
      if (answer.customers.length === 0) return '<users></users>\n';
      return `<users>\n${answer.customers.map(user).join('')}</users>\n`;
  }
}

function result(inner: string): string {
  return `<result>\n${inner}</result>\n`;
}

function errorObject(code: number | string, message: string | null): string {
  return result(`   <error>\n${element('code', String(code), 2)}${element('message', message ?? '', 2)}   </error>\n`);
}

function user(fields: ReadonlyArray<readonly [string, string]>): string {
  return `   <user>\n${fields.map(([name, value]) => element(name, value, 2)).join('')}   </user>\n`;
}

function element(name: string, value: string, depth: number): string {
  return `${'   '.repeat(depth)}<${name}>${escapeXmlText(value)}</${name}>\n`;
}
