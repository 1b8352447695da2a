import { RequestRefusal } from './request-refusal.ts';

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A `multipart/form-data` body into ordered pairs, as PHP fills its request parameters: each part's
 * `name` with its text; file parts (with a `filename`) and parts without a name are left out, as PHP
 * puts files elsewhere. A missing boundary, a missing closing delimiter, a part without its header
 * block or text that is not UTF-8 is refused.
 */
export function parseMultipart(
  body: Buffer,
  contentType: string,
  into: Array<[string, string]> = [],
): Array<[string, string]> {
  const boundary = boundaryOf(contentType);
  if (boundary === undefined) throw broken('the Content-Type names no boundary');
  const delimiter = Buffer.from(`--${boundary}`);
  const partStart = Buffer.from(`\r\n--${boundary}`);
  let at = body.subarray(0, delimiter.length).equals(delimiter) ? 0 : body.indexOf(partStart);
  if (at === -1) throw broken('the body holds no boundary delimiter');
  at += at === 0 ? delimiter.length : partStart.length;
  for (;;) {
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return into; // "--": the closing delimiter
    const lineEnd = body.indexOf(CRLF, at);
    if (lineEnd === -1) throw broken('a part is cut off');
    const headersEnd = body.indexOf(HEADER_END, lineEnd);
    const next = body.indexOf(partStart, lineEnd);
    if (next === -1) throw broken('the closing boundary delimiter is missing');
    if (headersEnd === -1 || headersEnd > next) {
      if (lineEnd === next) throw broken('a part has no header block');
      throw broken('a part has no blank line after its headers');
    }
    const headers = body.subarray(lineEnd + CRLF.length, headersEnd).toString('latin1');
    const found = /^content-disposition:\s*form-data\s*(?:;(.*))?$/im.exec(headers);
    if (!found) throw broken('a part has no Content-Disposition: form-data header');
    const disposition = found[1] ?? '';
    const name = parameterOf(disposition, 'name');
    if (name !== undefined && name !== '' && parameterOf(disposition, 'filename') === undefined) {
      into.push([text(Buffer.from(name, 'latin1')), text(body.subarray(headersEnd + HEADER_END.length, next))]);
    }
    at = next + partStart.length;
  }
}

function boundaryOf(contentType: string): string | undefined {
  const found = /;\s*boundary=(?:"([^"]{1,200})"|([^\s;"]{1,200}))/i.exec(contentType);
  return found?.[1] ?? found?.[2];
}

function parameterOf(disposition: string, name: string): string | undefined {
  const found = new RegExp(`(?:^|;)\\s*${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^\\s;"]*))`, 'i').exec(disposition);
  if (!found) return undefined;
  return found[1] !== undefined ? found[1].replace(/\\(.)/g, '$1') : found[2];
}

function text(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw broken('a part is not UTF-8 text');
  }
}

function broken(reason: string): RequestRefusal {
  return new RequestRefusal(400, `Bad request: broken multipart/form-data body: ${reason}`);
}
