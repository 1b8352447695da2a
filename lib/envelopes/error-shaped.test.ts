import { expect, test } from '@playwright/test';
import type { Exchange } from '../client/exchange.ts';
import type { Format } from '../contracts/types.ts';
import { notErrorShaped } from './error-shaped.ts';

const DECLARATION = '<?xml version="1.0" encoding="ISO-8859-1"?>\n';

function exchange(body: string, status = 200): Exchange {
  return { request: { verb: 'GET', url: 'http://target/apiv2/x' }, status, headers: {}, body: new Uint8Array(Buffer.from(body, 'latin1')), durationMs: 1, curl: 'curl' };
}

const REFUSALS: Array<[Format, string]> = [
  ['json', '{"error":{"code":401,"message":"Permission denied, not authorized"}}'],
  ['json', '{"error":{"code":"403","message":null}}'],
  ['json', '{"message":"error","errors":["Not a reseller"]}'],
  ['xml', `${DECLARATION}<result><error><code>401</code><message>Permission denied, not authorized</message></error></result>`],
  ['xml', `${DECLARATION}<error><code>401</code><message>anything</message></error>`],
  ['xml', `${DECLARATION}<error>Permission denied</error>`],
  ['xml', `${DECLARATION}<result><message>error</message><errors><error>Not a reseller</error></errors></result>`],
];

const NOT_REFUSALS: Array<[Format, string, number?]> = [
  ['json', '{"message":"success"}'],
  ['json', '[]'],
  ['json', '{"error":"denied"}'],
  ['json', '{"message":"User not found"}'],
  ['json', '{"error":{"code":500}}', 500],
  ['json', 'not json'],
  ['xml', `${DECLARATION}<result><message>success</message></result>`],
  ['xml', `${DECLARATION}<users></users>`],
  ['xml', `${DECLARATION}<result><error>x</error>`],
];

for (const [format, body] of REFUSALS) {
  test(`error-shaped ${format}: ${body.slice(DECLARATION.length * Number(format === 'xml'), 80)}`, () => {
    expect(notErrorShaped(exchange(body), format)).toBeUndefined();
  });
}

for (const [format, body, status] of NOT_REFUSALS) {
  test(`not error-shaped ${format} ${status ?? 200}: ${body.slice(DECLARATION.length * Number(format === 'xml'), 80)}`, () => {
    expect(notErrorShaped(exchange(body, status), format)).toEqual(expect.any(String));
  });
}
