import { expect, test } from '@playwright/test';
import { acceptsGzip } from './compress.ts';
import { parseMultipart } from './parse-multipart.ts';
import { MAX_PARAMETERS, phpParameters } from './php-parameters.ts';
import { requestParameters } from './request-parameters.ts';
import { RequestRefusal } from './request-refusal.ts';

test(
  'PHP keys: [] and indexed keys are items in the order first sent; ' +
    'a repeated index keeps its place and last value',
  () => {
    expect(
      phpParameters([
        ['ip[7]', 'a'],
        ['ip[]', 'b'],
        ['ip[0]', 'c'],
        ['ip[x]', 'd'],
        ['ip[0]', 'e'],
      ]),
    ).toEqual([
      ['ip[]', 'a'],
      ['ip[]', 'b'],
      ['ip[]', 'e'],
      ['ip[]', 'd'],
    ]);
    // after ip[0], ip[] appends at the next free index (1, 2): it never overwrites ip[0]
    expect(
      phpParameters([
        ['ip[0]', 'a'],
        ['ip[]', 'b'],
        ['ip[]', 'c'],
      ]),
    ).toEqual([
      ['ip[]', 'a'],
      ['ip[]', 'b'],
      ['ip[]', 'c'],
    ]);
  },
);

test('PHP keys: a plain key keeps its last value; a plain key and an array of one name replace each other', () => {
  expect(
    phpParameters([
      ['username', 'a'],
      ['first_name', 'x'],
      ['username', 'b'],
    ]),
  ).toEqual([
    ['username', 'b'],
    ['first_name', 'x'],
  ]);
  expect(
    phpParameters([
      ['ip', 'plain'],
      ['ip[]', 'item'],
    ]),
  ).toEqual([['ip[]', 'item']]);
  expect(
    phpParameters([
      ['ip[]', 'item'],
      ['ip', 'plain'],
    ]),
  ).toEqual([['ip', 'plain']]);
});

test(
  'PHP keys: empty names and unterminated brackets are not arrays; ' +
    'nested keys and too many parameters are refused',
  () => {
    expect(
      phpParameters([
        ['', 'x'],
        ['[0]', 'y'],
        ['ip[0', 'z'],
        ['ip[0]tail', 'w'],
      ]),
    ).toEqual([
      ['ip[0', 'z'],
      ['ip[]', 'w'],
    ]);
    expect(() => phpParameters([['ip[0][1]', 'x']])).toThrow(RequestRefusal);
    expect(() =>
      phpParameters(Array.from({ length: MAX_PARAMETERS + 1 }, (_, index): [string, string] => [`k${index}`, 'v'])),
    ).toThrow(/more than 1000/);
  },
);

test('POST reads the query, then a form or multipart body; any other body is not read', () => {
  const form = { contentType: 'application/x-www-form-urlencoded; charset=UTF-8', body: Buffer.from('b=2&a=3') };
  expect(requestParameters('a=1', form)).toEqual([
    ['a', '3'],
    ['b', '2'],
  ]);
  expect(requestParameters('a=1', { contentType: 'application/xml', body: Buffer.from('<a>2</a>') })).toEqual([
    ['a', '1'],
  ]);
  expect(requestParameters('a=1', { contentType: undefined, body: Buffer.from('b=2') })).toEqual([
    ['a', '1'],
    ['b', '2'],
  ]);
  const multipart = {
    contentType: 'Multipart/Form-Data; boundary=xyz',
    body: Buffer.from('--xyz\r\nContent-Disposition: form-data; name="ip[0]"\r\n\r\n1.2.3.4\r\n--xyz--\r\n'),
  };
  expect(requestParameters('a=1', multipart)).toEqual([
    ['a', '1'],
    ['ip[]', '1.2.3.4'],
  ]);
  expect(() => requestParameters('a=%E4%B8')).toThrow(RequestRefusal);
});

test('multipart: values keep CRLFs inside, names are UTF-8, escaped quotes are read', () => {
  const body = Buffer.from(
    '--b\r\nContent-Disposition: form-data; name="addr\\"ess"\r\n\r\nline 1\r\nline ' +
      '2\r\n--b\r\ncontent-disposition: FORM-DATA; name=city\r\n\r\nZürich\r\n--b--',
    'utf8',
  );
  expect(parseMultipart(body, 'multipart/form-data; boundary=b')).toEqual([
    ['addr"ess', 'line 1\r\nline 2'],
    ['city', 'Zürich'],
  ]);
  expect(() =>
    parseMultipart(
      Buffer.from('--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n\xff\r\n--b--', 'latin1'),
      'multipart/form-data; boundary=b',
    ),
  ).toThrow(/not UTF-8/);
});

test('Accept-Encoding: gzip, x-gzip or * with a non-zero quality', () => {
  for (const header of ['gzip', 'GZIP', 'deflate, gzip;q=0.5', 'x-gzip', '*', 'br, *;q=0.1', ['br', 'gzip']])
    expect(acceptsGzip(header), String(header)).toBe(true);
  for (const header of [undefined, '', 'identity', 'br', 'gzip;q=0', '*;q=0', '*, gzip;q=0', 'gzip;q=zero'])
    expect(acceptsGzip(header), String(header)).toBe(false);
});
