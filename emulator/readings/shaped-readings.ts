import { parameterOf } from '../../lib/contracts/limits.ts';
import { addDays } from '../../lib/dates.ts';
import { isDate } from '../../lib/rules/formats/date.ts';
import { errorObjectOf, type Answer } from '../answers/answer.ts';
import { escapeXmlText } from '../answers/xml-text.ts';
import { WEBSITE_ACCESS_FIELD } from '../operations/list-fields.ts';
import { fieldNotListed, filtersMatchBy, listOrdered } from '../shapes/effect-shapes.ts';
import { ERROR_ENVELOPE_REQUIREMENTS } from '../defects/envelope-requirements.ts';
import { errorListRewritten } from '../shapes/refusal-shapes.ts';
import { alsoRefused, checkDropped, madeOptional, refusalsIgnored } from '../shapes/validation-shapes.ts';
import {
  contentTypeOf,
  jsonTextRewritten,
  statusesFramed,
  xmlStyled,
  xmlTextRewritten,
} from '../shapes/writer-shapes.ts';
import type { Reading } from './reading.ts';
import { cdataText, everyCharacterReferenced } from './xml-text-forms.ts';

// The readings that share a shape with others, as data: one entry each, built by the shape's factory
// (emulator/shapes/). The catalogue installs them in its own order, as every other reading.

// The general Web API v2 page: 4XX when the call was wrong, the error in the body.
const ERROR_STATUS_OF: Partial<Record<Answer['kind'], number>> = {
  'error-list': 400,
  'user-not-found': 404,
  'auth-error': 401,
};
const ERROR_OBJECT_STATUS = 422;

function errorStatus(answer: Answer, status: number): number {
  if (answer.kind === 'http-error') return status < 400 ? ERROR_OBJECT_STATUS : status;
  return ERROR_STATUS_OF[answer.kind] ?? status;
}

const CYCLE_DAYS = 28;
// The narrowest reading D18 names: plain lowercase ASCII local@label.tld.
const PLAIN_EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

function keysReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysReversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, keysReversed(inner)]),
  );
}

function emailOf(entry: ReadonlyArray<readonly [string, string]>): string {
  return entry.find(([field]) => field === 'email')?.[1] ?? '';
}

// Answer shapes and HTTP: statuses (D13), Content-Type
export const success2xxStatuses: Reading = {
  name: 'success-2xx-statuses',
  description:
    'successes come with other 2xx statuses than 200: ' +
    '{"message":"success"} with 201 Created, a customer list with 203.',
  allows: ['api.status.success-2xx'],
  install: statusesFramed((answer, status) =>
    answer.kind === 'success' ? 201 : answer.kind === 'customer-list' ? 203 : status,
  ),
};

export const errors4xxStatuses: Reading = {
  name: 'errors-4xx-statuses',
  description:
    'error answers come with 4xx statuses (error list 400, wrong credentials 401, user not found ' +
    '404, an error object otherwise answered 200 with 422) instead of the recorded 200 (D13).',
  allows: ['api.status.errors'],
  install: statusesFramed(errorStatus),
};

export const jsonContentTypeCharset: Reading = {
  name: 'json-content-type-charset',
  description: 'JSON answers are labelled "application/json; charset=utf-8" (with a charset parameter).',
  allows: ['api.format.json', 'json.utf8'],
  install: contentTypeOf('json', 'application/json; charset=utf-8'),
};

export const xmlContentTypeWithoutCharset: Reading = {
  name: 'xml-content-type-without-charset',
  description: 'XML answers are labelled "text/xml" without a charset parameter: the declaration names ISO-8859-1.',
  allows: ['api.format.xml', 'xml.encoding.iso-8859-1'],
  install: contentTypeOf('xml', 'text/xml'),
};

// Refusals answered another way (D24: any error shape; the texts are unspecified)
export const refusalErrorObject: Reading = {
  name: 'refusal-error-object',
  description:
    'refusals are answered with the recorded error object {"error":{"code":400,"message":"..."}} (HTTP 200; XML ' +
    '<result><error><code>400</code><message>...</message></error></result>) instead of the error list.',
  allows: ['api.answer.error-shapes', ...ERROR_ENVELOPE_REQUIREMENTS],
  install: errorListRewritten((list) => errorObjectOf(list.errors)),
};

export const errorTextsEchoParameters: Reading = {
  name: 'error-texts-echo-parameters',
  description:
    'error texts repeat every parameter sent, the api_key included ("Password is required (sent: ' +
    'api_user=...&api_key=...)"): the texts are unspecified.',
  allows: ['api.answer.error-shapes', 'create.answer.error-envelope', 'update_profile.answer.error-envelope'],
  install: errorListRewritten((list, call) => {
    const sent = [...call.values].flatMap(([name, values]) => values.map((value) => `${name}=${value}`)).join('&');
    return { ...list, errors: list.errors.map((error) => `${error} (sent: ${sent})`) };
  }),
};

// Was the defect `xml-errors-not-wrapped` until D24: a <result> carrying <error> elements is an error
// shape the documents allow (any XML document whose root is <error> or a <result> carrying one).
export const xmlErrorsUnwrapped: Reading = {
  name: 'xml-errors-unwrapped',
  description:
    'XML error lists put each <error> directly under <result>, without the <errors> element (a <result> carrying ' +
    'errors, D24).',
  allows: ['api.answer.error-shapes', ...ERROR_ENVELOPE_REQUIREMENTS],
  install: xmlTextRewritten('error-list', (text) => text.replace(/^\s*<\/?errors>\r?\n?/gm, '')),
};

// JSON lexical forms: each rewrites the text the writer before it wrote
export const jsonKeysReordered: Reading = {
  name: 'json-keys-reordered',
  description:
    'JSON objects carry their keys in another order than the documents show (reversed: ' +
    '{"errors":[...],"message":"error"}, list entries from website to username).',
  allows: ['api.format.json', 'retrieve.answer.list-fields'],
  install: jsonTextRewritten((text) => JSON.stringify(keysReversed(JSON.parse(text)), null, 2)),
};

export const jsonCompact: Reading = {
  name: 'json-compact',
  description:
    'JSON is written compact, without whitespace, as the real service sent it (the documents show it indented).',
  allows: ['api.format.json'],
  install: jsonTextRewritten((text) => JSON.stringify(JSON.parse(text))),
};

export const jsonEscapedSlashes: Reading = {
  name: 'json-escaped-slashes',
  description: 'JSON escapes every "/" as "\\/", as the real service (PHP) did: "http:\\/\\/example.com".',
  allows: ['api.format.json', 'json.utf8'],
  // A "/" can only occur inside a JSON string, where "\/" is a valid escape.
  install: jsonTextRewritten((text) => text.replaceAll('/', '\\/')),
};

// XML lexical forms (D7): the standard writer in another style
export const xmlCharRefsEverywhere: Reading = {
  name: 'xml-char-refs-everywhere',
  description:
    'XML writes every character of every text as a numeric character reference, decimal and ' +
    'hexadecimal in turn (<message>&#115;&#x75;...</message>) (D7: any character may be a reference).',
  allows: ['xml.non-latin1', 'xml.escaping'],
  install: xmlStyled({ escape: everyCharacterReferenced }),
};

export const xmlCdata: Reading = {
  name: 'xml-cdata',
  description:
    'XML text travels in CDATA sections (<message><![CDATA[success]]></message>, ' +
    'markup characters unescaped inside them).',
  allows: ['xml.escaping', 'api.format.xml'],
  install: xmlStyled({ escape: cdataText }),
};

export const xmlAposQuot: Reading = {
  name: 'xml-apos-quot',
  description: 'XML text escapes \' and " as &apos; and &quot; besides &amp;, &lt; and &gt;.',
  allows: ['xml.escaping'],
  install: xmlStyled({ escape: (value) => escapeXmlText(value).replaceAll("'", '&apos;').replaceAll('"', '&quot;') }),
};

export const xmlEmptyListSelfClosing: Reading = {
  name: 'xml-empty-list-self-closing',
  description: 'an empty XML list is <users/> instead of <users></users> (D23).',
  allows: ['retrieve.answer.empty-list'],
  install: xmlStyled({ selfClosingEmpty: (name) => name === 'users' }),
};

export const xmlEmptyElementsSelfClosing: Reading = {
  name: 'xml-empty-elements-self-closing',
  description:
    'every XML element without content is self-closing: <address2/>, <phone/> for an empty value, <users/> for ' +
    'an empty list.',
  allows: ['retrieve.answer.empty-list', 'retrieve.answer.list-fields', 'api.format.xml'],
  install: xmlStyled({ selfClosingEmpty: () => true }),
};

export const xmlCompact: Reading = {
  name: 'xml-compact',
  description:
    'XML documents are written on one line: no blank line after the ' +
    'declaration, no indentation, no line breaks between elements.',
  allows: ['api.format.xml', 'xml.declaration'],
  install: xmlStyled({ indent: '', newline: '' }),
};

export const xmlTabIndented: Reading = {
  name: 'xml-tab-indented',
  description: 'XML documents are indented with tabs and end lines with CR LF instead of three spaces and LF.',
  allows: ['api.format.xml'],
  install: xmlStyled({ indent: '\t', newline: '\r\n' }),
};

// Lists: filter matching (D21), fields (D22), order
export const filterPartialMatch: Reading = {
  name: 'filter-partial-match',
  description: 'retrieve filters match part of a value: city=Spring lists customers of Springfield too (D21).',
  allows: ['retrieve.filter.matching'],
  install: filtersMatchBy((stored, wanted) => stored.includes(wanted)),
};

export const filterCaseInsensitive: Reading = {
  name: 'filter-case-insensitive',
  description:
    'retrieve filters match whole values regardless of case: city=springfield lists customers of Springfield (D21).',
  allows: ['retrieve.filter.matching'],
  install: filtersMatchBy((stored, wanted) => stored.toLowerCase() === wanted.toLowerCase()),
};

export const websiteAccessNotListed: Reading = {
  name: 'website-access-not-listed',
  description:
    'list entries do not carry website_access: website access cannot ' +
    'be read back, as the documented list has no such field (D22).',
  allows: ['website_enable.effect.website-access-listed', 'website_disable.effect.website-access-listed'],
  install: fieldNotListed(WEBSITE_ACCESS_FIELD),
};

export const listNewestFirst: Reading = {
  name: 'list-newest-first',
  description:
    'the list gives the newest customer first (the reverse of the order of creation); the documents fix no order.',
  allows: ['retrieve.answer.list-envelope'],
  install: listOrdered((entries) => entries.reverse()),
};

export const listSortedByEmail: Reading = {
  name: 'list-sorted-by-email',
  description: 'the list is sorted by email address, not by creation; the documents fix no order.',
  allows: ['retrieve.answer.list-envelope'],
  install: listOrdered((entries) => entries.sort((a, b) => emailOf(a).localeCompare(emailOf(b)))),
};

// Parameter rules the documents leave open: D3 (the example call omits company, package and whitelabel), D15
/** create takes `parameter` as optional, as the seed's example call that omits it suggests (D3). */
function optionalInCreate(parameter: 'company' | 'package' | 'whitelabel'): Reading {
  const { missingRequirement, emptyRequirement } = parameterOf('create', parameter);
  return {
    name: `create-${parameter}-optional`,
    description:
      `create takes ${parameter} as optional, as the example call that omits it ` +
      `suggests: a create without ${parameter} (or with it empty) succeeds (D3).`,
    allows: [missingRequirement, emptyRequirement, 'create.required.company-package-whitelabel'].filter(
      (id): id is string => id !== undefined,
    ),
    install: madeOptional('create', parameter),
  };
}

export const createCompanyOptional = optionalInCreate('company');
export const createPackageOptional = optionalInCreate('package');
export const createWhitelabelOptional = optionalInCreate('whitelabel');

export const freeUserRelaxesPackage: Reading = {
  name: 'free-user-relaxes-package',
  description:
    'create with free_user=true needs no package: a free customer created without one (or with it empty) ' +
    'succeeds (D16).',
  allows: ['create.free_user.relaxes-package', 'create.package.required', 'create.package.non-empty'],
  install: refusalsIgnored(
    (violation, operation, values) =>
      operation.id === 'create' &&
      values.get('free_user')?.[0] === 'true' &&
      violation.parameter === 'package' &&
      (violation.kind === 'missing' || violation.kind === 'empty'),
  ),
};

export const whitelabelNotChecked: Reading = {
  name: 'whitelabel-not-checked',
  description: "create does not check that the whitelabel is one of the reseller's: any whitelabel is taken (D15).",
  allows: ['create.whitelabel.owned'],
  install: checkDropped('create', 'whitelabel', 'ownedBy'),
};

// Narrower readings: refused beyond the standard check (D5, D9, D18)
export const billingCycle28Days: Reading = {
  name: 'billing-cycle-28-days',
  description:
    'a billing cycle is read as 28 days from today: billing_date before today or after today+28 is refused (the ' +
    'month-end and past-date readings D5 leaves open).',
  allows: ['create.billing_date.cycle-reading'],
  install: alsoRefused((constraint, sent, context, refused, parameterName) =>
    constraint.kind === 'withinBillingCycle' &&
    !refused.some((violation) => violation.parameter === parameterName) &&
    sent.some((value) => isDate(value) && (value < context.today || value > addDays(context.today, CYCLE_DAYS)))
      ? `${parameterName} must be within ${CYCLE_DAYS} days from today`
      : undefined,
  ),
};

export const lengthsInUtf8Bytes: Reading = {
  name: 'lengths-in-utf8-bytes',
  description:
    '"No more than N characters" counts UTF-8 bytes: a non-ASCII value within N code points but beyond N bytes ' +
    'is refused (D9).',
  allows: ['api.length.code-points'],
  install: alsoRefused((constraint, sent, _context, _refused, parameterName) =>
    constraint.kind === 'maxLength' &&
    sent.some((value) => Buffer.byteLength(value) > constraint.value && [...value].length <= constraint.value)
      ? `${parameterName} must be no more than ${constraint.value} bytes`
      : undefined,
  ),
};

export const emailFormatStrict: Reading = {
  name: 'email-format-strict',
  description:
    'email format is read narrowly: only plain lowercase ASCII local@label.tld addresses pass; quoted local ' +
    'parts, IP literals, capitals and non-ASCII are refused (D18).',
  allows: ['api.email.format-reading'],
  install: alsoRefused((constraint, sent, _context, refused, parameterName) =>
    constraint.kind === 'format' &&
    constraint.format === 'email' &&
    !refused.some((violation) => violation.requirement === constraint.refusing) &&
    !sent.every((value) => value === '' || PLAIN_EMAIL.test(value))
      ? `${parameterName} must be a plain email address`
      : undefined,
  ),
};
