import type { Format } from '../contracts/types.ts';

const NAMES: Record<Format, string> = { json: 'JSON', xml: 'XML' };

/**
 * A diagnosis when the answer is plainly something else than the format asked for (an HTML error
 * page from a proxy, say): its content type names neither format and its body does not start like
 * one. A content type alone decides nothing: the documents fix none, so a JSON body under text/html passes.
 */
export function foreignContent(format: Format, contentType: string | undefined, body: Uint8Array): string | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === '' || type.includes(format) || type === 'text/plain' || type.includes('javascript')) return undefined;
  const start = Buffer.from(body.subarray(0, 64)).toString('latin1').trimStart();
  const looksRight =
    format === 'json' ? /^[[{]/.test(start) : /^<(\?xml|[a-z_])/i.test(start) && !/^<(!doctype|html)/i.test(start);
  if (looksRight) return undefined;
  return `content type ${type}, expected ${NAMES[format]} (body starts ${JSON.stringify(start.slice(0, 40))})`;
}
