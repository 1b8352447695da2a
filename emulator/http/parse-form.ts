export class BadPercentEncoding extends Error {}

/**
 * `application/x-www-form-urlencoded` (query string or body) into ordered pairs. Repeated keys
 * survive; `+` is a space; a malformed `%` escape or invalid UTF-8 throws BadPercentEncoding.
 */
export function parseForm(text: string, into: Array<[string, string]> = []): Array<[string, string]> {
  if (text === '') return into;
  for (const segment of text.split('&')) {
    if (segment === '') continue;
    const equals = segment.indexOf('=');
    const name = equals === -1 ? segment : segment.slice(0, equals);
    const value = equals === -1 ? '' : segment.slice(equals + 1);
    into.push([decode(name), decode(value)]);
  }
  return into;
}

function decode(text: string): string {
  const spaced = text.includes('+') ? text.replaceAll('+', ' ') : text;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    throw new BadPercentEncoding(`invalid percent-encoding in "${text.slice(0, 40)}"`);
  }
}
