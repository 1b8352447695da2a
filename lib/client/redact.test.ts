import { expect, test } from '@playwright/test';
import { KEY_PLACEHOLDER, scrubBytes, scrubSecrets } from './redact.ts';

const KEY = 'k3y/with+odd&chars"é';

const echoes: Array<[string, string]> = [
  ['raw', KEY],
  ['percent-encoded', encodeURIComponent(KEY)],
  ['form-encoded', new URLSearchParams([['k', KEY]]).toString().slice(2)],
  ['JSON-escaped', JSON.stringify(KEY).slice(1, -1)],
  ['JSON-escaped with \\/', JSON.stringify(KEY).slice(1, -1).replaceAll('/', '\\/')],
  [
    'JSON \\u escapes',
    [...KEY].map((character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  ],
  ['XML-escaped', KEY.replaceAll('&', '&amp;').replaceAll('"', '&quot;')],
  ['decimal character references', [...KEY].map((character) => `&#${character.codePointAt(0)};`).join('')],
  ['hex character references', [...KEY].map((character) => `&#x${character.codePointAt(0)!.toString(16)};`).join('')],
  ['mixed notations', `${KEY.slice(0, 3)}&#x2F;with%2Bodd&amp;chars\\"&#233;`],
];

for (const [notation, echoed] of echoes) {
  test(`a key echoed ${notation} is removed from text that came back`, () => {
    const text = `{"message":"error","errors":["api_key ${echoed} is not valid"]}`;
    const scrubbed = scrubSecrets(text, [KEY]);
    expect(scrubbed).toBe(`{"message":"error","errors":["api_key ${KEY_PLACEHOLDER} is not valid"]}`);
  });
}

test('the key is removed from bytes in UTF-8 and in ISO-8859-1 alike, and other bytes survive', () => {
  for (const encoding of ['utf8', 'latin1'] as const) {
    const body = new Uint8Array(Buffer.from(`<error>Zoë: ${KEY}</error>`, encoding));
    expect(Buffer.from(scrubBytes(body, [KEY])).toString(encoding)).toBe(`<error>Zoë: ${KEY_PLACEHOLDER}</error>`);
  }
});

test('text without the key is left exactly as it was', () => {
  const text = '{"a":"b\\/c &amp; 100% + more &#233;"}';
  expect(scrubSecrets(text, [KEY])).toBe(text);
  expect(scrubSecrets(text, [])).toBe(text);
});
