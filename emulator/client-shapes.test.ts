import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { request } from 'undici';
import { loadOperation } from '../lib/contracts/load.ts';
import { form, listOf, ONE, PLAIN, profile, uniqueUsername, validCreate } from './testing/emulator-client.ts';
import { startEmulator, type RunningEmulator } from './server.ts';

// Request shapes as published clients of Web API v2 send them (apiv2-facts.md, "How real clients call it").

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, admin: true });
});
test.afterAll(async () => emulator.close());

type Pairs = Array<[string, string]>;
interface Shape {
  name: string;
  send(
    url: string,
    params: Pairs,
    headers?: Record<string, string>,
  ): Promise<{ status: number; text: string; headers: Record<string, unknown> }>;
}

const BOUNDARY = '----client-shapes-7d3a';
function multipart(params: Pairs): string {
  const parts = params.map(
    ([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join('')}--${BOUNDARY}--\r\n`;
}
/** `ip[]` -> `ip[0]`, `ip[1]`: arrays as Ruby's Faraday encodes them. */
function indexed(params: Pairs): Pairs {
  const counts = new Map<string, number>();
  return params.map(([name, value]) => {
    if (!name.endsWith('[]')) return [name, value];
    const index = counts.get(name) ?? 0;
    counts.set(name, index + 1);
    return [`${name.slice(0, -2)}[${index}]`, value];
  });
}

async function exchange(url: string, init: Parameters<typeof request>[1]) {
  const response = await request(url, init);
  const bytes = Buffer.from(await response.body.arrayBuffer());
  const xml = String(response.headers['content-type']).includes('xml');
  return { status: response.statusCode, text: bytes.toString(xml ? 'latin1' : 'utf8'), headers: response.headers };
}

const SHAPES: Shape[] = [
  {
    name: 'all-GET, parameters in the query',
    send: (url, params, headers = {}) => exchange(`${url}?${form(params)}`, { headers }),
  },
  {
    name: 'POST, form-urlencoded body',
    send: (url, params, headers = {}) =>
      exchange(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: form(params),
      }),
  },
  {
    name: 'POST, parameters in the query, Content-Type application/xml, no body',
    send: (url, params, headers = {}) =>
      exchange(`${url}?${form(params)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml', ...headers },
      }),
  },
  {
    name: 'POST, multipart/form-data body',
    send: (url, params, headers = {}) =>
      exchange(url, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
        body: multipart(params),
      }),
  },
  {
    name: 'GET, indexed arrays ip[0]',
    send: (url, params, headers = {}) => exchange(`${url}?${form(indexed(params))}`, { headers }),
  },
  {
    name: 'POST form, indexed arrays ip[0]',
    send: (url, params, headers = {}) =>
      exchange(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: form(indexed(params)),
      }),
  },
];

const exampleBody = (operationId: string, format: string, kind: string) =>
  loadOperation(operationId as 'create')
    .examples.find((example) => example.format === format)
    ?.answers.find((answer) => answer.kind === kind)?.body;
const storedLists = async (username: string) => {
  const state = (await (await request(`${emulator.url}/_emulator/state`)).body.json()) as {
    resellers: Record<string, Array<{ username: string; lists: Record<string, string[]> }>>;
  };
  return state.resellers[profile.credentials.apiUser]?.find((entry) => entry.username === username)?.lists;
};
const { ips, ipGroups } = profile.account;

for (const shape of SHAPES) {
  for (const format of ['json', 'xml'] as const) {
    for (const accept of ['application/json', 'application/xml']) {
      test(
        `${shape.name}, ${format}, Accept: ${accept}: ` + 'create, list, disable answered as the contracts say',
        async () => {
          const username = uniqueUsername('shape');
          const arrays: Pairs = [
            ...ipGroups.map((item): [string, string] => ['ip_group[]', item]),
            ...ips.map((item): [string, string] => ['ip[]', item]),
          ];
          const created = await shape.send(
            `${emulator.url}/apiv2/reseller.add.${format}`,
            [...validCreate(username), ...arrays],
            { accept },
          );
          expect(created.status).toBe(200);
          expect(created.text).toBe(exampleBody('create', format, 'success'));
          expect(await storedLists(username), 'every array item kept, in order').toEqual({
            ip_group: ipGroups,
            ip: ips,
          });

          const listed = await shape.send(
            `${emulator.url}/apiv2/reseller.manage.${format}`,
            [...ONE, ['method', 'profile'], ['task', 'get'], ['username', username]],
            { accept },
          );
          expect(listed.status).toBe(200);
          if (format === 'json')
            expect((JSON.parse(listed.text) as Array<{ username: string }>).map((entry) => entry.username)).toEqual([
              username,
            ]);
          else expect(listed.text).toContain(`<username>${username}</username>`);

          const disabled = await shape.send(
            `${emulator.url}/apiv2/reseller.manage.${format}`,
            [...ONE, ['method', 'disable'], ['user', username]],
            { accept },
          );
          expect(disabled.text).toBe(exampleBody('disable', format, 'success'));
          expect((await listOf(emulator.url, ONE, [['username', username]]))[0]?.active).toBe('false');
        },
      );
    }

    test(`${shape.name}, ${format}: unowned ip_group and ip items are refused exactly as with []`, async () => {
      for (const [name, foreign] of [
        ['ip_group[]', 'not-mine-pool'],
        ['ip[]', '192.0.2.250'],
      ] as const) {
        const username = uniqueUsername('unowned');
        const refused = await shape.send(`${emulator.url}/apiv2/reseller.add.${format}`, [
          ...validCreate(username),
          [name, foreign],
        ]);
        const reference = await exchange(
          `${emulator.url}/apiv2/reseller.add.${format}?${form([...validCreate(username), [name, foreign]])}`,
          {},
        );
        expect(refused.text, `${name}=${foreign}`).toBe(reference.text);
        expect(refused.text).toContain(format === 'json' ? '"message": "error"' : '<message>error</message>');
        expect((await listOf(emulator.url, ONE, [['username', username]])).length).toBe(0);
      }
    });
  }
}

test(
  'PHP keys: a repeated plain key keeps its last value, ip[7] and ip[] are ' +
    'items in the order sent, unknown parameters are ignored',
  async () => {
    const username = uniqueUsername('php');
    const params: Pairs = [
      ...validCreate(username, { first_name: 'First' }),
      ['first_name', 'Last'],
      ['ip[7]', ips[1] ?? ''],
      ['ip[]', ips[0] ?? ''],
      ['address2', ''],
      ['unknown', 'x'],
    ];
    const created = await exchange(`${emulator.url}/apiv2/reseller.add.json?${form(params)}`, {});
    expect(JSON.parse(created.text)).toEqual({ message: 'success' });
    expect((await listOf(emulator.url, ONE, [['username', username]]))[0]?.first_name).toBe('Last');
    expect((await storedLists(username))?.['ip']).toEqual([ips[1], ips[0]]);
  },
);

test(
  'POST merges query and body: credentials in the query, the rest ' + 'in the body; a body of another type is not read',
  async () => {
    const username = uniqueUsername('merge');
    const [credentials, rest] = [validCreate(username).slice(0, ONE.length), validCreate(username).slice(ONE.length)];
    const merged = await exchange(`${emulator.url}/apiv2/reseller.add.json?${form(credentials)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form(rest),
    });
    expect(JSON.parse(merged.text)).toEqual({ message: 'success' });
    const json = await exchange(`${emulator.url}/apiv2/reseller.add.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(validCreate(uniqueUsername()))),
    });
    expect([json.status, JSON.parse(json.text)]).toEqual([
      200,
      { error: { code: 401, message: 'Permission denied, wrong credentials' } },
    ]);
  },
);

test('unreadable requests get a clear error in the requested format, never a 5xx', async () => {
  const post = (format: string, contentType: string, body: string, query = '') =>
    exchange(`${emulator.url}/apiv2/reseller.add.${format}${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
  const cases: Array<[string, string, string, string?]> = [
    [
      'multipart/form-data',
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="api_user"\r\n\r\nx`,
      'closing boundary',
    ],
    ['multipart/form-data', 'no boundary parameter', 'boundary'],
    [`multipart/form-data; boundary=${BOUNDARY}`, `--${BOUNDARY}\r\nno blank line\r\n--${BOUNDARY}--`, 'blank line'],
    [
      `multipart/form-data; boundary=${BOUNDARY}`,
      `--${BOUNDARY}\r\nX-Other: 1\r\n\r\nvalue\r\n--${BOUNDARY}--`,
      'Content-Disposition',
    ],
    [`multipart/form-data; boundary=${BOUNDARY}`, 'nothing like a part', 'delimiter'],
    ['application/x-www-form-urlencoded', 'api_user=%E4%B8', 'percent-encoding'],
    ['application/x-www-form-urlencoded', 'ip[0][x]=1', 'nested'],
    [
      'application/x-www-form-urlencoded',
      Array.from({ length: 1001 }, (_, index) => `k${index}=v`).join('&'),
      'more than 1000',
    ],
  ];
  for (const [contentType, body, says] of cases) {
    const json = await post(
      'json',
      contentType.replace(
        'multipart/form-data',
        contentType.includes('boundary') || body.startsWith('no boundary')
          ? 'multipart/form-data'
          : `multipart/form-data; boundary=${BOUNDARY}`,
      ),
      body,
    );
    expect([json.status, JSON.parse(json.text).error.code], `${contentType}: ${body.slice(0, 40)}`).toEqual([400, 400]);
    expect(JSON.parse(json.text).error.message).toContain(says);
    const xml = await post(
      'xml',
      contentType.includes('boundary') || !contentType.startsWith('multipart')
        ? contentType
        : `${contentType}; boundary=${BOUNDARY}`,
      body,
    );
    expect(xml.status).toBe(400);
    expect(xml.text).toContain('<code>400</code>');
  }
});

test('multipart: file parts and nameless parts are left out, quoted boundaries and names work', async () => {
  const username = uniqueUsername('multi');
  const body =
    `preamble\r\n--"${BOUNDARY}"`.replace(`"${BOUNDARY}"`, BOUNDARY) +
    validCreate(username)
      .map(([name, value]) => `\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--${BOUNDARY}`)
      .join('') +
    '\r\nContent-Disposition: form-data; name="first_name"; filename="x.txt"\r\n' +
    `Content-Type: text/plain\r\n\r\nFromAFile\r\n--${BOUNDARY}` +
    `\r\nContent-Disposition: form-data\r\n\r\nnameless\r\n--${BOUNDARY}--\r\nepilogue`;
  const reply = await exchange(`${emulator.url}/apiv2/reseller.add.json`, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary="${BOUNDARY}"` },
    body,
  });
  expect(JSON.parse(reply.text)).toEqual({ message: 'success' });
  expect((await listOf(emulator.url, ONE, [['username', username]]))[0]?.first_name).toBe('Ann');
});

test('gzip when Accept-Encoding allows it, in both formats; identity otherwise', async () => {
  for (const format of ['json', 'xml']) {
    const query = form([...ONE, ['method', 'profile'], ['task', 'get']]);
    const url = `${emulator.url}/apiv2/reseller.manage.${format}?${query}`;
    const plain = await request(url);
    const plainBytes = Buffer.from(await plain.body.arrayBuffer());
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const acceptEncoding of ['gzip', 'gzip, deflate, br', 'br;q=1, *;q=0.5', 'x-gzip']) {
      const zipped = await request(url, { headers: { 'accept-encoding': acceptEncoding } });
      expect(zipped.headers['content-encoding'], acceptEncoding).toBe('gzip');
      expect(zipped.headers['vary']).toBe('Accept-Encoding');
      const bytes = Buffer.from(await zipped.body.arrayBuffer());
      expect(Number(zipped.headers['content-length'])).toBe(bytes.length);
      expect(gunzipSync(bytes).equals(plainBytes)).toBe(true);
    }
    for (const acceptEncoding of ['identity', 'gzip;q=0', 'br', '*;q=0']) {
      const unzipped = await request(url, { headers: { 'accept-encoding': acceptEncoding } });
      expect(unzipped.headers['content-encoding'], acceptEncoding).toBeUndefined();
      expect(Buffer.from(await unzipped.body.arrayBuffer()).equals(plainBytes)).toBe(true);
    }
  }
});

test(
  'an account that is not a reseller: the recorded ' + 'not-authorized answer in both formats, nothing changes',
  async () => {
    const username = uniqueUsername('plain');
    const json = await exchange(
      `${emulator.url}/apiv2/reseller.add.json?${form([...PLAIN, ...validCreate(username).slice(ONE.length)])}`,
      {},
    );
    expect([json.status, JSON.parse(json.text)]).toEqual([
      200,
      { error: { code: 401, message: 'Permission denied, not authorized' } },
    ]);
    const xml = await exchange(
      `${emulator.url}/apiv2/reseller.manage.xml?${form([...PLAIN, ['method', 'profile'], ['task', 'get']])}`,
      {},
    );
    expect([xml.status, xml.text]).toEqual([
      200,
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n\n<result>\n   <error>\n      <code>401</code>\n      ' +
        '<message>Permission denied, not authorized</message>\n   </error>\n</result>\n',
    ]);
    const wrongKey = await exchange(
      `${emulator.url}/apiv2/reseller.manage.json?` +
        form([PLAIN[0]!, ['api_key', 'wrong'], ['method', 'profile'], ['task', 'get']]),
      {},
    );
    expect(JSON.parse(wrongKey.text).error.message).toBe('Permission denied, wrong credentials');
    expect((await listOf(emulator.url, ONE, [['username', username]])).length).toBe(0);
  },
);
