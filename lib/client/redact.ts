import { encodePairs } from './encode.ts';

export const KEY_PLACEHOLDER = '$API_KEY';
const KEY_PARAMETER = 'api_key';

/** The pairs with every api_key value replaced by `$API_KEY` (encoded as-is so it stays readable). */
export function redactedQuery(params: ReadonlyArray<readonly [string, string]>): string {
  return params
    .map(([name, value]) =>
      name === KEY_PARAMETER ? `${encodeURIComponent(name)}=${KEY_PLACEHOLDER}` : encodePairs([[name, value]]),
    )
    .join('&');
}

/** The api_key values of a call's parameters. */
export function keysOf(params: ReadonlyArray<readonly [string, string]>): string[] {
  return [
    ...new Set(params.filter(([name, value]) => name === KEY_PARAMETER && value.length > 0).map(([, value]) => value)),
  ];
}

// One escaped character in any notation a target may echo text in.
const ESCAPE = new RegExp(
  [
    /&#(\d+);|&#[xX]([0-9a-fA-F]+);|&(amp|lt|gt|quot|apos);/, // XML/HTML character references and entities
    /\\u([0-9a-fA-F]{4})|\\(["\\/bfnrt])/, // JSON escapes
    /((?:%[0-9a-fA-F]{2})+)/, // percent-encoding (UTF-8 sequences of it)
    /(\+)/, // a form's `+` for a space
  ]
    .map((notation) => notation.source)
    .join('|'),
  'g',
);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const JSON_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** The text with every escape decoded, and for each decoded character the span of raw text it came from. */
function decodeWithSpans(text: string, plusIsSpace: boolean): { decoded: string; starts: number[]; ends: number[] } {
  let decoded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (characters: string, start: number, end: number) => {
    for (const character of characters) {
      for (let unit = 0; unit < character.length; unit++) {
        starts.push(start);
        ends.push(end);
      }
      decoded += character;
    }
  };
  let last = 0;
  for (const match of text.matchAll(ESCAPE)) {
    const start = match.index;
    for (let index = last; index < start; index++) push(text[index]!, index, index + 1);
    const end = start + match[0].length;
    push(match[7] !== undefined && !plusIsSpace ? '+' : unescaped(match), start, end);
    last = end;
  }
  for (let index = last; index < text.length; index++) push(text[index]!, index, index + 1);
  return { decoded, starts, ends };
}

function unescaped(match: RegExpMatchArray): string {
  const [whole, decimal, hex, entity, unicode, jsonEscape, percent, plus] = match;
  try {
    if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (entity !== undefined) return ENTITIES[entity]!;
    if (unicode !== undefined) return String.fromCharCode(parseInt(unicode, 16));
    if (jsonEscape !== undefined) return JSON_ESCAPES[jsonEscape]!;
    if (percent !== undefined) return decodeURIComponent(percent);
    if (plus !== undefined) return ' ';
  } catch {
    // Not a valid escape (a code point out of range, broken UTF-8): kept as it was.
  }
  return whole;
}

/**
 * Replaces every occurrence of the secrets in text that came back, in whatever notation it was
 * echoed (raw, percent- or form-encoded, JSON-escaped, XML character references, or any mix of them),
 * with `$API_KEY`. Text is matched raw and decoded, so `+` and `%2B` forms are both found.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  const wanted = secrets.filter((secret) => secret.length > 0);
  if (wanted.length === 0) return text;
  let scrubbed = text;
  for (const secret of wanted) scrubbed = scrubbed.split(secret).join(KEY_PLACEHOLDER);
  if (!/[&\\%+]/.test(scrubbed)) return scrubbed;
  const spans: Array<[number, number]> = [];
  // A `+` is a space in a form-encoded echo and itself anywhere else: both readings are searched.
  for (const plusIsSpace of [false, true]) {
    const { decoded, starts, ends } = decodeWithSpans(scrubbed, plusIsSpace);
    for (const secret of wanted) {
      for (let at = decoded.indexOf(secret); at !== -1; at = decoded.indexOf(secret, at + 1))
        spans.push([starts[at]!, ends[at + secret.length - 1]!]);
    }
  }
  if (spans.length === 0) return scrubbed;
  spans.sort((a, b) => a[0] - b[0]);
  let result = '';
  let cursor = 0;
  for (const [start, end] of spans) {
    if (end <= cursor) continue;
    result += scrubbed.slice(cursor, Math.max(start, cursor)) + (start >= cursor ? KEY_PLACEHOLDER : '');
    cursor = end;
  }
  return result + scrubbed.slice(cursor);
}

/** Removes the call's api_key values from text that came back (a target may echo it). */
export function scrubKeys(text: string, params: ReadonlyArray<readonly [string, string]>): string {
  return scrubSecrets(text, keysOf(params));
}

/**
 * An answer body with the secrets removed, whichever byte encoding the target wrote it in: read as
 * Latin-1 (one character per byte, so bytes survive), secrets looked for as characters and as their
 * UTF-8 bytes.
 */
export function scrubBytes(body: Uint8Array, secrets: readonly string[]): Uint8Array {
  const wanted = secrets.filter((secret) => secret.length > 0);
  if (wanted.length === 0) return body;
  const text = Buffer.from(body).toString('latin1');
  const scrubbed = scrubSecrets(text, [
    ...new Set([...wanted, ...wanted.map((secret) => Buffer.from(secret, 'utf8').toString('latin1'))]),
  ]);
  return scrubbed === text ? body : new Uint8Array(Buffer.from(scrubbed, 'latin1'));
}
