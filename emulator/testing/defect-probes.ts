import { randomUUID } from 'node:crypto';
import {
  call,
  created,
  customer,
  listOf,
  ONE,
  PLAIN,
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
  MANAGE,
  remove,
  setEmail,
  setPassword,
  setProfile,
  setUsername,
  websiteDisable,
  type Params,
} from './manage-calls.ts';

const add = (url: string, username: string, overrides: Record<string, string> = {}, format = 'json') =>
  call(url, `/apiv2/reseller.add.${format}`, validCreate(username, overrides));
const xmlList = (url: string, filters: Params = []) =>
  call(url, `${MANAGE}.xml`, [...ONE, ['method', 'profile'], ['task', 'get'], ...filters]);
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
  await call(url, '/apiv2/reseller.add.json', validCreateForTwo(username));
  return username;
}

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
  'xml-success-root-response': async (url) => (await add(url, uniqueUsername(), {}, 'xml')).text,
  'user-not-found-wrong-message': async (url) => [
    (await enable(url, uniqueUsername('nobody'))).text,
    (await manage(url, [['method', 'website_enable']], uniqueUsername('nobody'), [], ONE, 'xml')).text,
  ],
  'json-active-boolean': async (url) => typeof (await listOf(url, ONE, [['username', await created(url)]]))[0]?.active,
  'list-drops-phone': async (url) => Object.keys((await customer(url, await created(url))) ?? {}),
  'xml-list-root-customers': async (url) =>
    (await xmlList(url, [['username', await created(url)]])).text.includes('<users>'),
  // Encodings and escaping
  'xml-declaration-without-encoding': async (url) => firstLine(await add(url, uniqueUsername(), {}, 'xml')),
  'xml-declaration-missing': async (url) => firstLine(await add(url, uniqueUsername(), {}, 'xml')),
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
  'username-unique-per-reseller': async (url) =>
    (await call(url, '/apiv2/reseller.add.json', validCreateForTwo(await created(url)))).text,
  'non-reseller-served': async (url) =>
    (
      await call(url, `${MANAGE}.json`, [
        ...PLAIN,
        ['method', 'profile'],
        ['task', 'get'],
        ['username', uniqueUsername()],
      ])
    ).text,
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
  'company-filter-crashes': async (url) =>
    (await call(url, `${MANAGE}.json`, [...ONE, ['method', 'profile'], ['task', 'get'], ['company', 'Acme']])).status,
  // The later real service
  'later-service-website-error-unwrapped': async (url) =>
    (await manage(url, [['method', 'website_disable']], uniqueUsername('nobody'))).text,
  'later-service-xml-utf8': async (url) => firstLine(await add(url, uniqueUsername(), {}, 'xml')),
  'later-service-filters-removed': async (url) => {
    const username = await created(url);
    return (await listOf(url, ONE, [['active', 'false']])).some((entry) => entry.username === username);
  },
};
