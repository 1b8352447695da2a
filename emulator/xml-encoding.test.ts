import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { escapeXmlText } from './answers/xml-text.ts';
import { call, ONE, uniqueUsername, validCreate } from './testing/emulator-client.ts';
import { startEmulator, type RunningEmulator } from './server.ts';

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator.close());

async function listedXml(username: string): Promise<Buffer> {
  const reply = await call(emulator.url, '/apiv2/reseller.manage.xml', [
    ...ONE,
    ['method', 'profile'],
    ['task', 'get'],
    ['username', username],
  ]);
  expect(reply.contentType).toBe('text/xml; charset=ISO-8859-1');
  return reply.bytes;
}

test('XML bytes are ISO-8859-1: é is the byte 0xE9, 中 and 😀 travel as numeric references', async () => {
  const name = uniqueUsername();
  await call(
    emulator.url,
    '/apiv2/reseller.add.json',
    validCreate(name, { first_name: 'José', last_name: '中文', city: 'a😀b' }),
  );
  const bytes = await listedXml(name);
  expect(bytes.includes(Buffer.from([0x3e, 0x4a, 0x6f, 0x73, 0xe9, 0x3c]))).toBe(true); // >José<
  expect(bytes.includes(Buffer.from('Jos\u00c3\u00a9', 'latin1'))).toBe(false); // not UTF-8
  const text = bytes.toString('latin1');
  expect(text).toContain('<last_name>&#20013;&#25991;</last_name>');
  expect(text).toContain('<city>a&#128512;b</city>');
  expect(bytes.every((byte) => byte < 0x80 || byte === 0xe9)).toBe(true);
});

test('JSON is UTF-8 and decodes to what was sent', async () => {
  const name = uniqueUsername();
  await call(emulator.url, '/apiv2/reseller.add.json', validCreate(name, { first_name: 'José', last_name: '中文' }));
  const reply = await call(emulator.url, '/apiv2/reseller.manage.json', [
    ...ONE,
    ['method', 'profile'],
    ['task', 'get'],
    ['username', name],
  ]);
  expect(reply.bytes.includes(Buffer.from('中文', 'utf8'))).toBe(true);
  expect(JSON.parse(reply.text)[0]).toMatchObject({ first_name: 'José', last_name: '中文' });
});

test('markup characters are escaped and the document parses back to the stored values', async () => {
  const name = uniqueUsername();
  const address = '<b>&amp; "x" \'y\' </result>';
  const phone = 'line1\r\nline2\ttab';
  await call(emulator.url, '/apiv2/reseller.add.json', validCreate(name, { address, phone, first_name: 'Zoë 中' }));
  const text = (await listedXml(name)).toString('latin1');
  expect(text).toContain('<address>&lt;b&gt;&amp;amp; "x" \'y\' &lt;/result&gt;</address>');
  const parser = new XMLParser({ processEntities: true, htmlEntities: true, parseTagValue: false, trimValues: false });
  const parsed = parser.parse(text) as { users: { user: Record<string, string> } };
  expect(parsed.users.user.address).toBe(address);
  expect(parsed.users.user.phone).toBe(phone);
  expect(parsed.users.user.first_name).toBe('Zoë 中');
});

test('escapeXmlText leaves plain Latin-1 alone and references the rest', () => {
  expect(escapeXmlText('plain ÿ text')).toBe('plain ÿ text');
  expect(escapeXmlText('a&b<c>d')).toBe('a&amp;b&lt;c&gt;d');
  expect(escapeXmlText('\u0100\u0001\r')).toBe('&#256;&#1;&#13;');
});
