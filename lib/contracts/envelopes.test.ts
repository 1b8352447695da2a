import { test, expect } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createContractsAjv } from './ajv.ts';
import { loadAnswerSchemaIndex, loadEnvelopeSchema, loadXmlDocumentRules, loadXmlParserOptions } from './envelopes.ts';
import { loadOperations } from './load.ts';
import type { AnswerKind, Format } from './types.ts';

const index = loadAnswerSchemaIndex();
const kinds = Object.keys(index.kinds) as AnswerKind[];
const validators = new Map<string, ValidateFunction>();
for (const kind of kinds) {
  for (const format of ['json', 'xml'] as Format[])
    validators.set(`${kind}/${format}`, createContractsAjv().compile(loadEnvelopeSchema(kind, format)));
}
const parser = new XMLParser(loadXmlParserOptions());
const placeholderLine = new RegExp(index.placeholderLine);

/** The seed's XML error example marks "more <error> elements" with lines holding only "...": not content. */
function withoutPlaceholders(body: string): string {
  return body
    .split('\n')
    .filter((line) => !placeholderLine.test(line))
    .join('\n');
}

function parse(format: Format, body: string): unknown {
  return format === 'json' ? JSON.parse(body) : parser.parse(withoutPlaceholders(body));
}

function matches(kind: AnswerKind, format: Format, body: string): boolean {
  return validators.get(`${kind}/${format}`)!(parse(format, body));
}

function kindsMatching(format: Format, body: string): AnswerKind[] {
  return kinds.filter((kind) => matches(kind, format, body));
}

const JSON_CUSTOMER = {
  username: 'a@example.com',
  email: 'b@example.com',
  active: 'true',
  first_name: 'f',
  last_name: 'l',
  address: 'a',
  city: 'c',
  state: 's',
  zip: '1',
  country: 'US',
  phone: '5',
  website: 'w',
};
const xmlCustomer = (fields: Record<string, string>) =>
  `<user>${Object.entries(fields)
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join('')}</user>`;
const DECLARATION = '<?xml version="1.0" encoding="ISO-8859-1"?>\n';

test('every example answer of every contract matches exactly its declared kind', () => {
  for (const operation of loadOperations()) {
    expect(operation.examples.map((example) => example.format).sort(), operation.id).toEqual(['json', 'xml']);
    for (const example of operation.examples) {
      expect(example.answers.length, `${operation.id} ${example.format}`).toBeGreaterThan(0);
      for (const answer of example.answers) {
        expect(kindsMatching(example.format, answer.body), `${operation.id} ${example.format} ${answer.kind}`).toEqual([
          answer.kind,
        ]);
      }
    }
  }
});

test('the XML error example is an error list once its "..." placeholder lines are dropped', () => {
  const body = loadOperations()
    .find((operation) => operation.id === 'delete')!
    .examples.find((example) => example.format === 'xml')!
    .answers.find((answer) => answer.kind === 'error-list')!.body;
  expect(validators.get('error-list/xml')!(parser.parse(withoutPlaceholders(body)))).toBe(true);
});

test('every XML example answer carries the declaration document.json requires', () => {
  const declaration = loadXmlDocumentRules().declaration;
  const pattern = new RegExp(declaration.pattern, declaration.patternFlags);
  for (const operation of loadOperations()) {
    for (const example of operation.examples.filter((candidate) => candidate.format === 'xml')) {
      for (const answer of example.answers) expect(answer.body, `${operation.id} ${answer.kind}`).toMatch(pattern);
    }
  }
  expect(`<?xml version="1.0" encoding="iso-8859-1"?><result/>`).toMatch(pattern);
  for (const broken of [
    '<result><message>success</message></result>',
    '<?xml version="1.0" encoding="UTF-8"?><result/>',
    '<?xml version="1.1" encoding="ISO-8859-1"?><result/>',
    '<?xml version="1.0"?><result/>',
  ]) {
    expect(broken).not.toMatch(pattern);
  }
});

const WRONG_CREDENTIALS_TITLE =
  'wrong-credentials answers (D12) match auth-error in both formats, the XML error as root or inside <result>';
test(WRONG_CREDENTIALS_TITLE, () => {
  expect(kindsMatching('json', '{"error":{"code":401,"message":"Permission denied, wrong credentials"}}')).toEqual([
    'auth-error',
    'error-object',
  ]);
  const wrapped = [
    `${DECLARATION}<result>`,
    '   <error>',
    '      <code>401</code>',
    '      <message>Permission denied, wrong credentials</message>',
    '   </error>',
    '</result>',
  ].join('\n');
  expect(kindsMatching('xml', wrapped)).toEqual(['auth-error', 'error-object']);
  expect(
    kindsMatching(
      'xml',
      `${DECLARATION}<error><code>401</code><message>Permission denied, wrong credentials</message></error>`,
    ),
  ).toEqual(['auth-error', 'error-object']);
  expect(
    kindsMatching('xml', `${DECLARATION}<result><error><message>Permission denied</message></error></result>`),
  ).toEqual(['error-object']);
});

test('error objects (D24): JSON of any code with a message; XML any root <error> or <result><error>', () => {
  expect(kindsMatching('json', '{"error":{"code":400,"message":"User does not exist"}}')).toEqual(['error-object']);
  expect(kindsMatching('json', '{"error":{"code":"404","message":null}}')).toEqual(['error-object']);
  expect(
    kindsMatching('xml', `${DECLARATION}<error><code>400</code><message>User does not exist</message></error>`),
  ).toEqual(['error-object']);
  expect(kindsMatching('json', '{"error":{"message":"User does not exist"}}')).toEqual([]);
  expect(kindsMatching('json', '{"error":"User does not exist"}')).toEqual([]);
  // XML: any document whose root is <error>, or a <result> carrying one (the real XML form is unrecorded).
  expect(kindsMatching('xml', `${DECLARATION}<error>User does not exist</error>`)).toEqual(['error-object']);
  expect(kindsMatching('xml', `${DECLARATION}<result><error>Permission denied</error></result>`)).toEqual([
    'error-object',
  ]);
});

test('extra fields and elements are allowed in every envelope', () => {
  expect(kindsMatching('json', '{"message":"success","request_id":"7"}')).toEqual(['success']);
  expect(kindsMatching('json', '{"message":"error","errors":["Username is required"],"code":400}')).toEqual([
    'error-list',
  ]);
  expect(kindsMatching('xml', `${DECLARATION}<result><message>success</message><id>7</id></result>`)).toEqual([
    'success',
  ]);
  expect(
    kindsMatching('xml', `${DECLARATION}<result><message>User not found</message><code>404</code></result>`),
  ).toEqual(['user-not-found']);
});

test('customer lists: empty lists, extra fields and decoded character references are accepted', () => {
  expect(kindsMatching('json', '[]')).toEqual(['customer-list']);
  expect(kindsMatching('xml', `${DECLARATION}<users></users>`)).toEqual(['customer-list']);
  expect(kindsMatching('xml', `${DECLARATION}<users>\n</users>`)).toEqual(['customer-list']);
  expect(kindsMatching('xml', `${DECLARATION}<users/>`)).toEqual(['customer-list']);
  expect(
    kindsMatching('json', JSON.stringify([{ ...JSON_CUSTOMER, address2: '', website_access: 'true', id: '7' }])),
  ).toEqual(['customer-list']);
  const listed = { ...JSON_CUSTOMER, first_name: '&#x4E2D;&#233;&amp;', zip: '', website_access: 'false' };
  const single = `${DECLARATION}<users>${xmlCustomer(listed)}</users>`;
  expect(kindsMatching('xml', single)).toEqual(['customer-list']);
  expect((parse('xml', single) as { users: { user: { first_name: string }[] } }).users.user[0]!.first_name).toBe(
    '中é&',
  );
});

test('broken JSON answers are rejected by every kind', () => {
  const broken = {
    'wrong message': '{"message":"Success"}',
    'errors not a list': '{"message":"error","errors":"Username is required"}',
    'errors empty': '{"message":"error","errors":[]}',
    'user not found in other words': '{"message":"user not found"}',
    'active as boolean': JSON.stringify([{ ...JSON_CUSTOMER, active: true }]),
    'active not true/false': JSON.stringify([{ ...JSON_CUSTOMER, active: 'yes' }]),
    'zip as number': JSON.stringify([{ ...JSON_CUSTOMER, zip: 91234 }]),
    'missing field': JSON.stringify([
      Object.fromEntries(Object.entries(JSON_CUSTOMER).filter(([name]) => name !== 'email')),
    ]),
    'wrong root (list as object)': JSON.stringify({ users: [JSON_CUSTOMER] }),
    'wrong root (success as list)': '[{"message":"success"}]',
  };
  for (const [name, body] of Object.entries(broken)) expect(kindsMatching('json', body), name).toEqual([]);
});

test('broken XML answers are rejected by every kind', () => {
  const customer = xmlCustomer(JSON_CUSTOMER);
  const withoutWebsite = Object.fromEntries(Object.entries(JSON_CUSTOMER).filter(([name]) => name !== 'website'));
  const broken = {
    'wrong message': '<result><message>Success</message></result>',
    'wrong root': '<response><message>success</message></response>',
    'errors not a list': '<result><message>error</message><errors>Username is required</errors></result>',
    'errors without message': '<result><errors><error>Username is required</error></errors></result>',
    'active as 1': `<users>${xmlCustomer({ ...JSON_CUSTOMER, active: '1' })}</users>`,
    'missing field': `<users>${xmlCustomer(withoutWebsite)}</users>`,
    'customer with nested element': `<users>${xmlCustomer({ ...JSON_CUSTOMER, city: '<name>x</name>' })}</users>`,
    'list under wrong root': `<customers>${customer}</customers>`,
    'list entry under wrong name': `<users><customer>${customer.slice(6, -7)}</customer></users>`,
  };
  for (const [name, body] of Object.entries(broken))
    expect(kindsMatching('xml', `${DECLARATION}${body}`), name).toEqual([]);
});
