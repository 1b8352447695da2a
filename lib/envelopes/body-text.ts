import type { Format } from '../contracts/types.ts';
import { decodeLatin1 } from './read-xml.ts';

const utf8 = new TextDecoder('utf-8');

/** An answer's bytes as text for people (failure messages, attachments): XML as ISO-8859-1, JSON as UTF-8. */
export function bodyText(body: Uint8Array, format: Format): string {
  return format === 'xml' ? decodeLatin1(body) : utf8.decode(body);
}
