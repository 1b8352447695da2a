import { expect, test } from '@playwright/test';
import type { Exchange } from '../client/exchange.ts';
import type { AnswerKind, Format } from '../contracts/types.ts';
import { loadAnswerSchemaIndex } from '../contracts/envelopes.ts';
import { outcomeOf } from './compiled-schemas.ts';
import { judgeAnswer } from './judge.ts';

const KINDS = Object.keys(loadAnswerSchemaIndex().kinds) as AnswerKind[];
const SUCCESS_KINDS = KINDS.filter((kind) => outcomeOf(kind) === 'success');
const ERROR_KINDS = KINDS.filter((kind) => outcomeOf(kind) === 'error');
const DECLARATION = '<?xml version="1.0" encoding="ISO-8859-1"?>\n';
const CUSTOMER = {
  username: 'a@example.com',
  email: 'a@example.com',
  active: 'true',
  first_name: 'Zoë',
  last_name: 'L',
  address: 'A',
  city: 'C',
  state: 'S',
  zip: 'Z',
  country: 'US',
  phone: '1',
  website: 'w',
  website_access: 'true',
};
const customerXml = `<user>${Object.entries(CUSTOMER)
  .map(([field, value]) => `<${field}>${value === 'Zoë' ? 'Zo&#235;' : value}</${field}>`)
  .join('')}</user>`;

function exchange(body: string | Uint8Array, status = 200): Exchange {
  return {
    request: { verb: 'GET', url: 'http://target/apiv2/x' },
    status,
    headers: {},
    body: typeof body === 'string' ? new Uint8Array(Buffer.from(body, 'utf8')) : body,
    durationMs: 1,
    curl: 'curl',
  };
}
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

const GOOD: Array<[Format, AnswerKind, Uint8Array | string]> = [
  ['json', 'success', '{"message":"success"}'],
  ['json', 'error-list', '{"message":"error","errors":["Username is required","Password is required"]}'],
  ['json', 'user-not-found', '{"message":"User not found"}'],
  ['json', 'auth-error', '{"error":{"code":401,"message":"Permission denied, wrong credentials"}}'],
  ['json', 'customer-list', JSON.stringify([CUSTOMER])],
  ['json', 'customer-list', '[]'],
  ['xml', 'success', `${DECLARATION}\n<result>\n   <message>success</message>\n</result>\n`],
  [
    'xml',
    'error-list',
    `${DECLARATION}<result><message>error</message><errors><error>Username is required</error></errors></result>`,
  ],
  ['xml', 'user-not-found', `${DECLARATION}<result><message>User not found</message></result>`],
  [
    'xml',
    'auth-error',
    `${DECLARATION}<result>\n   <error>\n      <code>401</code>\n` +
      `      <message>Permission denied, wrong credentials</message>\n   </error>\n</result>`,
  ],
  ['xml', 'customer-list', latin1(`${DECLARATION}<users>${customerXml}</users>`)],
  ['xml', 'customer-list', `${DECLARATION}<users></users>`],
  ['xml', 'customer-list', `${DECLARATION}<users/>`],
];

for (const [index, [format, kind, body]] of GOOD.entries()) {
  test(`a well-formed ${format} ${kind} answer is recognised (example ${index + 1})`, () => {
    const judgement = judgeAnswer(exchange(body), format, [kind]);
    expect(judgement.problems).toEqual([]);
    expect(judgement.kind).toBe(kind);
    const others = SUCCESS_KINDS.includes(kind) ? SUCCESS_KINDS.filter((other) => other !== kind) : SUCCESS_KINDS;
    expect(judgeAnswer(exchange(body), format, others).problems).toEqual([
      expect.stringContaining(`the answer is ${kind}`),
    ]);
  });
}

// D24: a refusal may come in any error shape, whichever one the contract documents.
for (const [format, body] of [
  ['json', '{"error":{"code":400,"message":"User does not exist"}}'],
  ['json', '{"message":"User not found"}'],
  ['xml', `${DECLARATION}<error><code>401</code><message>Permission denied, wrong credentials</message></error>`],
  ['xml', `${DECLARATION}<result><message>error</message><errors><error>x</error></errors></result>`],
] as Array<[Format, string]>) {
  const answer = body.replace(DECLARATION, '');
  test(`a refusal answered as ${answer} is a refusal whatever error kind the contract names`, () => {
    for (const named of ERROR_KINDS) expect(judgeAnswer(exchange(body), format, [named]).problems).toEqual([]);
    expect(judgeAnswer(exchange(body), format, ['success']).problems).toEqual([
      expect.stringMatching(/^the answer is .*, expected success$/),
    ]);
  });
}

test('a broken answer is recognised by the kind it resembles', () => {
  const shapes: Array<[Format, string, AnswerKind]> = [
    ['json', '{"message":"Success"}', 'success'],
    ['json', '{"message":"error","errors":"x"}', 'error-list'],
    ['json', '{"errors":["x"]}', 'error-list'],
    ['json', '{"message":"User does not exist"}', 'user-not-found'],
    ['json', '{"error":"denied"}', 'error-object'],
    ['json', JSON.stringify([{ ...CUSTOMER, active: true }]), 'customer-list'],
    ['xml', `${DECLARATION}<result><message>error</message></result>`, 'error-list'],
    ['xml', `${DECLARATION}<users><user><username>a</username></user></users>`, 'customer-list'],
  ];
  for (const [format, body, shape] of shapes) {
    const judgement = judgeAnswer(exchange(body), format, ['success']);
    expect(judgement.kind, body).toBeUndefined();
    expect(judgement.shape, body).toBe(shape);
    expect(judgement.envelopeErrors?.length, body).toBeGreaterThan(0);
  }
});

test('XML values decode as ISO-8859-1 with numeric character references', () => {
  const body = latin1(
    `${DECLARATION}<users><user>${Object.entries({ ...CUSTOMER, first_name: 'Zo\u00eb &#x4E2D;&#128512; &amp; &lt;' })
      .map(([field, value]) => `<${field}>${value}</${field}>`)
      .join('')}</user></users>`,
  );
  const judgement = judgeAnswer(exchange(body), 'xml', ['customer-list']);
  expect(judgement.problems).toEqual([]);
  expect((judgement.value as { users: { user: Array<Record<string, string>> } }).users.user[0]!.first_name).toBe(
    'Zoë 中😀 & <',
  );
});

const BROKEN: Array<[string, Format, AnswerKind, Uint8Array | string, number, string[]]> = [
  ['errors as one string', 'json', 'error-list', '{"message":"error","errors":"Username is required"}', 200, []],
  ['an empty error list', 'json', 'error-list', '{"message":"error","errors":[]}', 200, []],
  ['another message', 'json', 'success', '{"message":"ok"}', 200, []],
  ['active as a boolean', 'json', 'customer-list', JSON.stringify([{ ...CUSTOMER, active: true }]), 200, []],
  ['a missing listed field', 'json', 'customer-list', JSON.stringify([{ ...CUSTOMER, email: undefined }]), 200, []],
  ['bytes that are not UTF-8', 'json', 'customer-list', latin1(JSON.stringify([CUSTOMER])), 200, ['json.utf8']],
  ['no JSON at all', 'json', 'success', '<html>oops</html>', 200, []],
  ['success with HTTP 400', 'json', 'success', '{"message":"success"}', 400, ['api.status.success-2xx']],
  [
    'an error list with HTTP 500',
    'json',
    'error-list',
    '{"message":"error","errors":["x"]}',
    500,
    ['api.status.no-5xx'],
  ],
  ['a failure page with HTTP 503', 'xml', 'success', '<html>down</html>', 503, ['api.status.no-5xx']],
  [
    'no declaration',
    'xml',
    'success',
    '<result><message>success</message></result>',
    200,
    ['xml.declaration', 'xml.encoding.iso-8859-1'],
  ],
  [
    'a declaration without encoding',
    'xml',
    'success',
    '<?xml version="1.0"?><result><message>success</message></result>',
    200,
    ['xml.declaration', 'xml.encoding.iso-8859-1'],
  ],
  [
    'a UTF-8 declaration',
    'xml',
    'success',
    '<?xml version="1.0" encoding="UTF-8"?><result><message>success</message></result>',
    200,
    ['xml.declaration', 'xml.encoding.iso-8859-1'],
  ],
  [
    'an unescaped ampersand',
    'xml',
    'error-list',
    `${DECLARATION}<result><message>error</message><errors><error>a & b</error></errors></result>`,
    200,
    ['xml.escaping'],
  ],
  [
    'an error list without errors',
    'xml',
    'error-list',
    `${DECLARATION}<result><message>error</message></result>`,
    200,
    [],
  ],
  ['a list of something else', 'xml', 'customer-list', `${DECLARATION}<customers><user/></customers>`, 200, []],
  [
    'a customer without username',
    'xml',
    'customer-list',
    `${DECLARATION}<users>${customerXml.replace(/<username>.*<\/username>/, '')}</users>`,
    200,
    [],
  ],
];

for (const [what, format, kind, body, status, broken] of BROKEN) {
  test(`a ${format} ${kind} answer with ${what} is a problem`, () => {
    const judgement = judgeAnswer(exchange(body, status), format, [kind]);
    expect(judgement.problems.length).toBeGreaterThan(0);
    expect(judgement.broken.sort()).toEqual([...broken].sort());
  });
}

test('a network failure is a problem with no kind', () => {
  const judgement = judgeAnswer(
    { ...exchange(''), status: 0, error: 'request failed: no answer within 10 ms' },
    'json',
    ['success'],
  );
  expect(judgement).toEqual({ problems: ['request failed: no answer within 10 ms'], broken: [] });
});
