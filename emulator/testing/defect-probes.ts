import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import {
  call,
  created,
  customer,
  listOf,
  listReply,
  ONE,
  PLAIN,
  profile,
  TWO,
  uniqueUsername,
  validCreate,
  validCreateForTwo,
  type Reply,
} from './emulator-client.ts';
import {
  daysFromToday,
  disable,
  enable,
  listedAfter,
  manage,
  remove,
  setEmail,
  setPassword,
  setProfile,
  setUsername,
  websiteDisable,
  websiteEnable,
  type Params,
} from './manage-calls.ts';

const add = (
  url: string,
  username: string,
  overrides: Record<string, string> = {},
  { format = 'json', extra = [] as Params } = {},
) => call(url, `/apiv2/reseller.add.${format}`, [...validCreate(username, overrides), ...extra]);
const addForTwo = (url: string, username: string) => call(url, '/apiv2/reseller.add.json', validCreateForTwo(username));
const xmlList = (url: string, filters: Params = []) => listReply(url, ONE, filters, 'xml');
const keyOnly = (apiKey: string): Params => [ONE[0]!, ['api_key', apiKey]];
const firstLine = (reply: Reply) => reply.text.split('\n')[0];

/** `date` spelled as a day past the end of the month before (2024-05-05 -> 2024-04-35). */
function impossibleSpelling(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const before = new Date(Date.UTC(year, month - 1, 0));
  return `${before.toISOString().slice(0, 8)}${String(before.getUTCDate() + day).padStart(2, '0')}`;
}

async function renamed(url: string): Promise<unknown> {
  const old = await created(url);
  const now = uniqueUsername('new');
  await setUsername(url, old, now);
  return [
    (await customer(url, now)) !== undefined,
    (await customer(url, old)) !== undefined,
    (await enable(url, old)).text,
    (await enable(url, now)).text,
  ];
}

/** A customer of the second reseller, created with its own package and whitelabel. */
async function theirs(url: string): Promise<string> {
  const username = uniqueUsername('two');
  expect((await addForTwo(url, username)).text, "the second reseller's customer is created").toContain('success');
  return username;
}

/** The answer's kind in one word, so that two runs on a clean emulator observe the same thing. */
function kindOf(reply: Reply): string {
  if (reply.status >= 500) return `status ${reply.status}`;
  const body = JSON.parse(reply.text) as unknown;
  if (Array.isArray(body)) return 'list';
  const message = (body as { message?: unknown }).message;
  return typeof message === 'string' ? message : 'error object';
}

const count = async (url: string, filters: Params, credentials = ONE) =>
  (await listOf(url, credentials, filters)).length;

/** The messages of two calls sent at once, sorted: one success and one error where the calls race for one name. */
async function atOnce(first: Promise<Reply>, second: Promise<Reply>): Promise<string[]> {
  return (await Promise.all([first, second])).map((reply) => String(JSON.parse(reply.text).message)).sort();
}

/**
 * For each defect, an observation through the API that differs when the defect is on. Each probe
 * runs once against a clean emulator and once against one with the defect.
 */
export const PROBES: Record<string, (url: string) => Promise<unknown>> = {
  // Limits and formats
  'username-limit-off-by-one': async (url) =>
    (await add(url, `${'u'.repeat(53)}@example.com`, { email: uniqueUsername() })).text,
  'email-limit-off-by-one': async (url) =>
    (await add(url, uniqueUsername(), { email: `${'e'.repeat(53)}@example.com` })).text,
  'set-email-limit-off-by-one': async (url) =>
    (await setEmail(url, await created(url), `${'e'.repeat(89)}@example.com`)).text,
  'rename-limit-from-create': async (url) =>
    (await setUsername(url, await created(url), `${randomUUID().slice(0, 8)}${'r'.repeat(60)}@example.com`)).text,
  'password-min-length-five': async (url) =>
    (await add(url, uniqueUsername(), { password: 'abcde', confirm_password: 'abcde' })).text,
  'update-password-min-length-five': async (url) => (await setPassword(url, await created(url), 'abcde')).text,
  'confirm-password-not-compared': async (url) =>
    (await add(url, uniqueUsername(), { confirm_password: 'secret2' })).text,
  'password-update-skips-confirmation': async (url) =>
    (
      await manage(url, [['method', 'password']], await created(url), [
        ['password', 'secret9'],
        ['confirm_password', 'secret8'],
      ])
    ).text,
  'email-format-loose': async (url) => (await add(url, uniqueUsername(), { email: 'a b@example' })).text,
  'rename-format-unchecked': async (url) =>
    (await setUsername(url, await created(url), `not-an-email-${randomUUID()}`)).text,
  'billing-date-calendar-unchecked': async (url) =>
    (await add(url, uniqueUsername(), { billing_date: `${daysFromToday(0).slice(0, 4)}-13-01` })).text,
  'billing-date-rolled-over': async (url) =>
    (await add(url, uniqueUsername(), { billing_date: impossibleSpelling(daysFromToday(5)) })).text,
  'billing-date-us-format-accepted': async (url) => {
    const [year, month, day] = daysFromToday(5).split('-');
    return (await add(url, uniqueUsername(), { billing_date: `${Number(month)}/${Number(day)}/${year!.slice(2)}` }))
      .text;
  },
  'billing-cycle-unchecked': async (url) =>
    (await add(url, uniqueUsername(), { billing_date: daysFromToday(60) })).text,
  'username-limit-tightened': async (url) =>
    (await add(url, `${randomUUID().slice(0, 8)}${'u'.repeat(44)}@example.com`)).text,
  'first-name-limit-tightened': async (url) => (await add(url, uniqueUsername(), { first_name: 'f'.repeat(50) })).text,
  'password-min-length-tightened': async (url) =>
    (await add(url, uniqueUsername(), { password: 'abcdef', confirm_password: 'abcdef' })).text,
  'update-password-min-length-tightened': async (url) => (await setPassword(url, await created(url), 'abcdef')).text,
  'rename-limit-tightened': async (url) =>
    (await setUsername(url, await created(url), `${randomUUID().slice(0, 8)}${'r'.repeat(80)}@example.com`)).text,
  'set-email-limit-tightened': async (url) =>
    (await setEmail(url, await created(url), `${'e'.repeat(88)}@example.com`)).text,
  'profile-phone-limit-tightened': async (url) =>
    (await setProfile(url, await created(url), [['phone', '5'.repeat(50)]])).text,
  'free-user-any-value': async (url) => (await add(url, uniqueUsername(), { free_user: 'maybe' })).text,
  'create-empty-values-accepted': async (url) => (await add(url, uniqueUsername(), { first_name: '' })).text,
  // Ownership and uniqueness
  'package-from-any-reseller': async (url) => (await add(url, uniqueUsername(), { package: 'Bronze Package' })).text,
  'ip-ownership-ignored': async (url) => (await add(url, uniqueUsername(), { 'ip[]': '203.0.113.20' })).text,
  'duplicate-create-overwrites': async (url) => {
    const username = await created(url);
    return [(await add(url, username, { first_name: 'Bob' })).text, (await customer(url, username))?.first_name];
  },
  'rename-accepts-taken-username': async (url) => (await setUsername(url, await created(url), await created(url))).text,
  'rename-allows-sendgrid-domain': async (url) =>
    (await setUsername(url, await created(url), `x-${randomUUID().slice(0, 8)}@sendgrid.com`)).text,
  'sendgrid-domain-case-sensitive': async (url) =>
    (await setUsername(url, await created(url), `x-${randomUUID().slice(0, 8)}@SendGrid.com`)).text,
  // Races
  'create-uniqueness-race': async (url) => {
    const username = uniqueUsername();
    return atOnce(add(url, username), add(url, username));
  },
  'rename-uniqueness-race': async (url) => {
    const [one, two, target] = [await created(url), await created(url), uniqueUsername('new')];
    return atOnce(setUsername(url, one, target), setUsername(url, two, target));
  },
  // Transitions
  'created-customer-loses-phone': async (url) => (await customer(url, await created(url)))?.phone,
  'disable-does-nothing': async (url) => {
    const username = await created(url);
    return [(await disable(url, username)).text, (await customer(url, username))?.active];
  },
  'enable-does-nothing': async (url) => listedAfter(url, await created(url), 'active', disable, enable),
  'active-flag-toggles': async (url) => listedAfter(url, await created(url), 'active', disable, disable),
  'website-access-changes-active': async (url) => listedAfter(url, await created(url), 'active', websiteDisable),
  'website-disable-grants-access': async (url) =>
    listedAfter(url, await created(url), 'website_access', websiteDisable),
  'profile-update-clears-unsent': async (url) =>
    listedAfter(url, await created(url), 'last_name', (url, user) => setProfile(url, user, [['first_name', 'Bob']])),
  'profile-update-forgets-phone': async (url) =>
    listedAfter(url, await created(url), 'phone', (url, user) => setProfile(url, user, [['phone', '999-999']])),
  'rename-does-nothing': renamed,
  'rename-keeps-old-name': renamed,
  'set-email-ignored': async (url) =>
    listedAfter(url, await created(url), 'email', (url, user) => setEmail(url, user, 'changed@example.com')),
  'delete-only-deactivates': async (url) => {
    const username = await created(url);
    await remove(url, username);
    return (await customer(url, username)) !== undefined;
  },
  'deleted-username-reusable': async (url) => {
    const username = await created(url);
    await remove(url, username);
    return (await add(url, username)).text;
  },
  'enable-grants-website-access': async (url) =>
    listedAfter(url, await created(url), 'website_access', websiteDisable, enable),
  'profile-update-ignores-company': async (url) => {
    const company = `Company ${randomUUID()}`;
    await setProfile(url, await created(url), [['company', company]]);
    return (await listOf(url, ONE, [['company', company]])).length;
  },
  'list-shows-password': async (url) => Object.keys((await customer(url, await created(url))) ?? {}),
  'city-filter-ignored': async (url) => {
    await created(url, { city: 'Elsewhere' });
    const username = await created(url, { city: `City ${randomUUID()}` });
    return (await listOf(url, ONE, [['city', (await customer(url, username))?.city ?? '']])).length;
  },
  // Unknown users and refusals
  'enable-unknown-user-succeeds': async (url) => (await enable(url, uniqueUsername('nobody'))).text,
  'delete-unknown-user-succeeds': async (url) => (await remove(url, uniqueUsername('nobody'))).text,
  'profile-update-unknown-user-succeeds': async (url) =>
    (await setProfile(url, uniqueUsername('nobody'), [['first_name', 'Bob']])).text,
  'refused-create-still-stores': async (url) => {
    const username = uniqueUsername();
    const answer = JSON.parse((await add(url, username, { password: 'abc' })).text).message;
    return [answer, (await customer(url, username)) !== undefined];
  },
  'refused-set-email-still-stores': async (url) => {
    const username = await created(url);
    return [(await setEmail(url, username, 'not-an-email')).text, (await customer(url, username))?.email === username];
  },
  'refused-rename-still-renames': async (url) => {
    const username = await created(url);
    return [(await setUsername(url, username, 'not-an-email')).text, (await customer(url, username)) !== undefined];
  },
  // Envelopes
  'json-errors-as-string': async (url) =>
    typeof JSON.parse((await call(url, '/apiv2/reseller.add.json', ONE)).text).errors,
  'json-error-list-without-message': async (url) =>
    JSON.parse((await call(url, '/apiv2/reseller.add.json', ONE)).text).message,
  'json-success-capitalised': async (url) => (await add(url, uniqueUsername())).text,
  'xml-success-root-response': async (url) => (await add(url, uniqueUsername(), {}, { format: 'xml' })).text,
  'user-not-found-wrong-message': async (url) => [
    (await enable(url, uniqueUsername('nobody'))).text,
    (await manage(url, [['method', 'website_enable']], uniqueUsername('nobody'), [], ONE, 'xml')).text,
  ],
  'json-active-boolean': async (url) => typeof (await listOf(url, ONE, [['username', await created(url)]]))[0]?.active,
  'list-drops-phone': async (url) => Object.keys((await customer(url, await created(url))) ?? {}),
  'xml-list-root-customers': async (url) =>
    (await xmlList(url, [['username', await created(url)]])).text.includes('<users>'),
  // Encodings and escaping
  'xml-declaration-without-encoding': async (url) => firstLine(await add(url, uniqueUsername(), {}, { format: 'xml' })),
  'xml-declaration-missing': async (url) => firstLine(await add(url, uniqueUsername(), {}, { format: 'xml' })),
  'xml-utf8-bytes': async (url) =>
    (await xmlList(url, [['username', await created(url, { city: 'Zürich' })]])).bytes.includes(
      Buffer.from('Zürich', 'latin1'),
    ),
  'xml-no-char-refs': async (url) =>
    (await xmlList(url, [['username', await created(url, { city: 'Euro €' })]])).text.includes('&#8364;'),
  'xml-ampersand-unescaped': async (url) =>
    (await xmlList(url, [['username', await created(url, { city: 'A & B' })]])).text.includes('A &amp; B'),
  'json-latin1-bytes': async (url) => (await customer(url, await created(url, { city: 'Zürich' })))?.city,
  // Tenants and credentials
  'retrieve-leaks-other-resellers': async (url) => {
    const username = await theirs(url);
    return (await listOf(url, ONE)).some((entry) => entry.username === username);
  },
  'customer-lookup-ignores-reseller': async (url) => {
    const username = await theirs(url);
    return [(await disable(url, username)).text, (await customer(url, username, TWO))?.active];
  },
  'username-unique-per-reseller': async (url) => (await addForTwo(url, await created(url))).text,
  'non-reseller-served': async (url) => (await listReply(url, PLAIN, [['username', uniqueUsername()]])).text,
  'rename-unique-per-reseller': async (url) => (await setUsername(url, await created(url), await theirs(url))).text,
  'username-filter-searches-every-reseller': async (url) =>
    (await listOf(url, ONE, [['username', await theirs(url)]])).length,
  'api-key-of-any-reseller': async (url) =>
    (
      await call(url, '/apiv2/reseller.add.json', [
        ['api_user', ONE[0]?.[1] ?? ''],
        ['api_key', TWO[1]?.[1] ?? ''],
        ...validCreate(uniqueUsername()).slice(ONE.length),
      ])
    ).text,
  'api-key-not-checked': async (url) =>
    (
      await call(url, '/apiv2/reseller.add.json', [
        ['api_user', ONE[0]?.[1] ?? ''],
        ['api_key', 'wrong-key'],
        ...validCreate(uniqueUsername()).slice(ONE.length),
      ])
    ).text,
  // Nearly broken
  'post-body-ignored': async (url) =>
    (await call(url, '/apiv2/reseller.add.json', validCreate(uniqueUsername()), 'POST')).text,
  // Crashes
  'non-ascii-create-crashes': async (url) => (await add(url, uniqueUsername(), { city: 'Zürich' })).status,
  'company-filter-crashes': async (url) => (await listReply(url, ONE, [['company', 'Acme']])).status,
  // The later real service
  'later-service-website-error-unwrapped': async (url) =>
    (await manage(url, [['method', 'website_disable']], uniqueUsername('nobody'))).text,
  'later-service-xml-utf8': async (url) => firstLine(await add(url, uniqueUsername(), {}, { format: 'xml' })),
  'later-service-filters-removed': async (url) => {
    const username = await created(url);
    return (await listOf(url, ONE, [['active', 'false']])).some((entry) => entry.username === username);
  },
};

/** For each independent defect, an observation through HTTP that differs when the defect is on. */
export const INDEPENDENT_PROBES: Record<string, (url: string) => Promise<unknown>> = {
  // Limits
  'independent-first-name-limit-forty-five': async (url) =>
    kindOf(await add(url, uniqueUsername(), { first_name: 'f'.repeat(50) })),
  'independent-set-email-limit-from-create': async (url) =>
    kindOf(await setEmail(url, await created(url), `${'e'.repeat(88)}@example.com`)),
  'independent-rename-limit-counts-newline': async (url) =>
    kindOf(await setUsername(url, await created(url), `${randomUUID().slice(0, 8)}${'r'.repeat(81)}@example.com`)),
  'independent-update-password-min-exclusive': async (url) =>
    kindOf(await setPassword(url, await created(url), 'abcdef')),
  'independent-password-max-sixteen': async (url) =>
    kindOf(await add(url, uniqueUsername(), { password: 'p'.repeat(20), confirm_password: 'p'.repeat(20) })),
  'independent-zip-validated-as-postal-code': async (url) =>
    kindOf(await add(url, uniqueUsername(), { zip: 'SW1A 1AA' })),
  // Formats
  'independent-email-tld-max-four': async (url) =>
    kindOf(await add(url, uniqueUsername(), { email: 'ann@example.museum' })),
  'independent-set-email-only-checks-at-sign': async (url) =>
    kindOf(await setEmail(url, await created(url), 'ann@example')),
  'independent-disable-user-format-unchecked': async (url) => {
    const plain = `plain-${randomUUID()}`;
    expect(kindOf(await add(url, plain, { email: uniqueUsername() }))).toBe('success');
    return [kindOf(await disable(url, plain)), (await customer(url, plain))?.active];
  },
  'independent-billing-date-rollover': async (url) =>
    kindOf(await add(url, uniqueUsername(), { billing_date: impossibleSpelling(daysFromToday(0)) })),
  'independent-billing-cycle-two-months': async (url) =>
    kindOf(await add(url, uniqueUsername(), { billing_date: daysFromToday(45) })),
  'independent-billing-date-today-refused': async (url) =>
    kindOf(await add(url, uniqueUsername(), { billing_date: daysFromToday(0) })),
  'independent-billing-date-parse-throws': async (url) =>
    kindOf(await add(url, uniqueUsername(), { billing_date: 'abcd-ef-gh' })),
  'independent-ip-leading-zeros-normalised': async (url) =>
    kindOf(await add(url, uniqueUsername(), { 'ip[]': '198.051.100.010' })),
  'independent-ip-only-first-checked': async (url) =>
    kindOf(
      await add(
        url,
        uniqueUsername(),
        {},
        {
          extra: [
            ['ip[]', '198.51.100.10'],
            ['ip[]', '203.0.113.20'],
          ],
        },
      ),
    ),
  'independent-ip-group-from-any-reseller': async (url) =>
    kindOf(await add(url, uniqueUsername(), { 'ip_group[]': 'reseller-two-pool' })),
  'independent-free-user-accepts-digits': async (url) => kindOf(await add(url, uniqueUsername(), { free_user: '1' })),
  'independent-sendgrid-subdomain-allowed': async (url) =>
    kindOf(await setUsername(url, await created(url), `x-${randomUUID().slice(0, 8)}@eu.sendgrid.com`)),
  // Uniqueness, reservation, races
  'independent-deleted-name-reserved-per-reseller': async (url) => {
    const username = await created(url);
    await remove(url, username);
    return [kindOf(await add(url, username)), kindOf(await addForTwo(url, username))];
  },
  'independent-rename-to-deleted-name-allowed': async (url) => {
    const [renamed, deleted] = [await created(url), await created(url)];
    await remove(url, deleted);
    return kindOf(await setUsername(url, renamed, deleted));
  },
  'independent-rename-checks-own-customers-only': async (url) =>
    kindOf(await setUsername(url, await created(url), await theirs(url))),
  'independent-refused-create-reserves-username': async (url) => {
    const username = uniqueUsername();
    return [kindOf(await add(url, username, { email: 'not-an-email' })), kindOf(await add(url, username))];
  },
  'independent-create-uniqueness-race': async (url) => {
    const username = uniqueUsername();
    const answers = await Promise.all([add(url, username), add(url, username, { first_name: 'Bob' })]);
    return [answers.map(kindOf).sort(), await count(url, [['username', username]])];
  },
  'independent-rename-uniqueness-race': async (url) => {
    const [first, second, wanted] = [await created(url), await created(url), uniqueUsername('new')];
    const answers = await Promise.all([setUsername(url, first, wanted), setUsername(url, second, wanted)]);
    return answers.map(kindOf).sort();
  },
  // Transitions and what they must not do
  'independent-enable-grants-website-access': async (url) =>
    listedAfter(url, await created(url), 'website_access', websiteDisable, enable),
  'independent-website-enable-reactivates': async (url) =>
    listedAfter(url, await created(url), 'active', disable, websiteEnable),
  'independent-profile-update-reactivates': async (url) =>
    listedAfter(url, await created(url), 'active', disable, (url, user) =>
      setProfile(url, user, [['first_name', 'Zed']]),
    ),
  'independent-profile-update-city-into-state': async (url) => {
    const username = await created(url);
    await setProfile(url, username, [['city', 'Newtown']]);
    const listed = await customer(url, username);
    return [listed?.city, listed?.state];
  },
  'independent-rename-recreates-customer': async (url) => {
    const [username, renamed] = [await created(url), uniqueUsername('new')];
    await disable(url, username);
    await setUsername(url, username, renamed);
    return (await customer(url, renamed))?.active;
  },
  'independent-set-email-renames-login': async (url) => {
    const username = await created(url);
    await setEmail(url, username, uniqueUsername('mail'));
    return (await customer(url, username)) !== undefined;
  },
  'independent-second-disable-refused': async (url) => {
    const username = await created(url);
    return [kindOf(await disable(url, username)), kindOf(await disable(url, username))];
  },
  'independent-refused-profile-update-partly-applied': async (url) => {
    const username = await created(url);
    const answer = kindOf(
      await setProfile(url, username, [
        ['first_name', 'Zed'],
        ['city', 'c'.repeat(101)],
      ]),
    );
    return [answer, (await customer(url, username))?.first_name];
  },
  'independent-delete-deferred': async (url) => {
    const username = await created(url);
    return [
      kindOf(await remove(url, username)),
      (await customer(url, username)) !== undefined,
      kindOf(await enable(url, username)),
    ];
  },
  'independent-old-name-cached-after-rename': async (url) => {
    const username = await created(url);
    await setUsername(url, username, uniqueUsername('new'));
    return kindOf(await enable(url, username));
  },
  // Filters
  'independent-profile-update-company-dropped': async (url) => {
    const [username, company] = [await created(url), `NewCo ${randomUUID()}`];
    await setProfile(url, username, [['company', company]]);
    return [
      await count(url, [['company', company]]),
      await count(url, [
        ['username', username],
        ['company', 'Acme'],
      ]),
    ];
  },
  'independent-active-filter-numeric': async (url) =>
    count(url, [
      ['username', await created(url)],
      ['active', 'true'],
    ]),
  'independent-filters-combined-with-or': async (url) =>
    count(url, [
      ['username', await created(url)],
      ['first_name', 'Nobody'],
    ]),
  'independent-username-filter-crosses-tenants': async (url) => count(url, [['username', await theirs(url)]]),
  'independent-email-filter-index-stale': async (url) => {
    const [username, email] = [await created(url), uniqueUsername('mail')];
    await setEmail(url, username, email);
    return [await count(url, [['email', email]]), await count(url, [['email', username]])];
  },
  'independent-list-cache-stale-after-update': async (url) => {
    const username = await created(url);
    await listOf(url);
    await setProfile(url, username, [['first_name', 'Zed']]);
    return (await listOf(url)).find((entry) => entry.username === username)?.first_name;
  },
  'independent-empty-list-as-error': async (url) =>
    kindOf(await listReply(url, ONE, [['username', uniqueUsername('nobody')]])),
  // Tenants and credentials
  'independent-foreign-delete-answers-success': async (url) => kindOf(await remove(url, await created(url), TWO)),
  'independent-foreign-password-reset': async (url) =>
    kindOf(await setPassword(url, await created(url), 'secret99', TWO)),
  'independent-foreign-rename': async (url) => {
    const [username, renamed] = [await created(url), uniqueUsername('new')];
    return [kindOf(await setUsername(url, username, renamed, TWO)), (await customer(url, username)) !== undefined];
  },
  'independent-foreign-website-disable': async (url) => {
    const username = await created(url);
    return [
      kindOf(await manage(url, [['method', 'website_disable']], username, [], TWO)),
      (await customer(url, username))?.website_access,
    ];
  },
  'independent-foreign-set-email': async (url) => {
    const username = await created(url);
    return [
      kindOf(await setEmail(url, username, uniqueUsername('mail'), TWO)),
      (await customer(url, username))?.email === username,
    ];
  },
  'independent-api-key-of-any-reseller': async (url) =>
    kindOf(await listReply(url, keyOnly(profile.secondReseller?.apiKey ?? ''))),
  'independent-api-key-prefix-compare': async (url) =>
    kindOf(await listReply(url, keyOnly(`${profile.credentials.apiKey}x`))),
  'independent-missing-api-key-passes': async (url) => kindOf(await listReply(url, [ONE[0]!])),
  'independent-wrong-key-still-acts': async (url) => {
    const username = uniqueUsername();
    const answer = await call(url, '/apiv2/reseller.add.json', [
      ...keyOnly('wrong-key'),
      ...validCreate(username).slice(ONE.length),
    ]);
    return [kindOf(answer), (await customer(url, username)) !== undefined];
  },
  // Envelopes and encodings
  'independent-json-list-keyed-by-id': async (url) => {
    const username = await created(url);
    const reply = await listReply(url, ONE, [['username', username]]);
    return Array.isArray(JSON.parse(reply.text));
  },
  'independent-json-numeric-check': async (url) =>
    typeof (await listOf(url, ONE, [['username', await created(url)]]))[0]?.zip,
  'independent-xml-double-escaped': async (url) => {
    const username = await created(url, { first_name: 'Smith & Co' });
    const reply = await xmlList(url, [['username', username]]);
    return /<first_name>(.*)<\/first_name>/.exec(reply.text)?.[1];
  },
  'independent-astral-characters-replaced': async (url) =>
    (await customer(url, await created(url, { first_name: 'Ann 😀' })))?.first_name,
  'independent-create-html-escapes-values': async (url) =>
    (await customer(url, await created(url, { address: '1 Main St & Co' })))?.address,
};
