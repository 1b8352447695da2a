import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import {
  call,
  created,
  customer,
  listOf,
  ONE,
  profile,
  TWO,
  uniqueUsername,
  validCreate,
  validCreateForTwo,
  type Reply,
} from '../../testing/emulator-client.ts';
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
  websiteEnable,
  type Params,
} from '../../testing/manage-calls.ts';
import { expectCatalogued, probeTests } from '../../testing/probe-tests.ts';
import { INDEPENDENT_DEFECTS } from './index.ts';

/** The answer's kind in one word, so that two runs on a clean emulator observe the same thing. */
function kindOf(reply: Reply): string {
  if (reply.status >= 500) return `status ${reply.status}`;
  const body = JSON.parse(reply.text) as unknown;
  if (Array.isArray(body)) return 'list';
  const message = (body as { message?: unknown }).message;
  return typeof message === 'string' ? message : 'error object';
}

const add = (url: string, username: string, overrides: Record<string, string> = {}, extra: Params = []) =>
  call(url, '/apiv2/reseller.add.json', [...validCreate(username, overrides), ...extra]);
const addForTwo = (url: string, username: string) => call(url, '/apiv2/reseller.add.json', validCreateForTwo(username));
const count = async (url: string, filters: Params, credentials = ONE) =>
  (await listOf(url, credentials, filters)).length;

async function createdByTwo(url: string): Promise<string> {
  const username = uniqueUsername('two');
  expect(kindOf(await addForTwo(url, username)), "the second reseller's customer is created").toBe('success');
  return username;
}

/** Today written as an impossible date of the previous month (2026-12-01 as 2026-11-31): it rolls over to today. */
function todayAsImpossibleDate(): string {
  const [year, month, day] = daysFromToday(0).split('-').map(Number) as [number, number, number];
  const previous = new Date(Date.UTC(year, month - 2, 1));
  const daysInPrevious = new Date(Date.UTC(previous.getUTCFullYear(), previous.getUTCMonth() + 1, 0)).getUTCDate();
  return `${previous.toISOString().slice(0, 8)}${String(daysInPrevious + day).padStart(2, '0')}`;
}

/** For each independent defect, an observation through HTTP that differs when the defect is on. */
const PROBES: Record<string, (url: string) => Promise<unknown>> = {
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
    kindOf(await add(url, uniqueUsername(), { billing_date: todayAsImpossibleDate() })),
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
      await add(url, uniqueUsername(), {}, [
        ['ip[]', '198.51.100.10'],
        ['ip[]', '203.0.113.20'],
      ]),
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
    kindOf(await setUsername(url, await created(url), await createdByTwo(url))),
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
  'independent-username-filter-crosses-tenants': async (url) => count(url, [['username', await createdByTwo(url)]]),
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
    kindOf(
      await call(url, `${MANAGE}.json`, [
        ...ONE,
        ['method', 'profile'],
        ['task', 'get'],
        ['username', uniqueUsername('nobody')],
      ]),
    ),
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
    kindOf(
      await call(url, `${MANAGE}.json`, [
        ONE[0] as [string, string],
        ['api_key', profile.secondReseller?.apiKey ?? ''],
        ['method', 'profile'],
        ['task', 'get'],
      ]),
    ),
  'independent-api-key-prefix-compare': async (url) =>
    kindOf(
      await call(url, `${MANAGE}.json`, [
        ONE[0] as [string, string],
        ['api_key', `${profile.credentials.apiKey}x`],
        ['method', 'profile'],
        ['task', 'get'],
      ]),
    ),
  'independent-missing-api-key-passes': async (url) =>
    kindOf(await call(url, `${MANAGE}.json`, [ONE[0] as [string, string], ['method', 'profile'], ['task', 'get']])),
  'independent-wrong-key-still-acts': async (url) => {
    const username = uniqueUsername();
    const answer = await call(url, '/apiv2/reseller.add.json', [
      ONE[0] as [string, string],
      ['api_key', 'wrong-key'],
      ...validCreate(username).slice(ONE.length),
    ]);
    return [kindOf(answer), (await customer(url, username)) !== undefined];
  },
  // Envelopes and encodings
  'independent-json-list-keyed-by-id': async (url) => {
    const username = await created(url);
    const reply = await call(url, `${MANAGE}.json`, [
      ...ONE,
      ['method', 'profile'],
      ['task', 'get'],
      ['username', username],
    ]);
    return Array.isArray(JSON.parse(reply.text));
  },
  'independent-json-numeric-check': async (url) =>
    typeof (await listOf(url, ONE, [['username', await created(url)]]))[0]?.zip,
  'independent-xml-double-escaped': async (url) => {
    const username = await created(url, { first_name: 'Smith & Co' });
    const reply = await call(url, `${MANAGE}.xml`, [
      ...ONE,
      ['method', 'profile'],
      ['task', 'get'],
      ['username', username],
    ]);
    return /<first_name>(.*)<\/first_name>/.exec(reply.text)?.[1];
  },
  'independent-astral-characters-replaced': async (url) =>
    (await customer(url, await created(url, { first_name: 'Ann 😀' })))?.first_name,
  'independent-create-html-escapes-values': async (url) =>
    (await customer(url, await created(url, { address: '1 Main St & Co' })))?.address,
};

test('every independent defect has a probe, the prefix, a description and requirement IDs from the register', () => {
  expectCatalogued(INDEPENDENT_DEFECTS, (defect) => defect.breaks, PROBES);
  expect(INDEPENDENT_DEFECTS.length).toBeGreaterThanOrEqual(30);
  for (const defect of INDEPENDENT_DEFECTS) expect(defect.name.startsWith('independent-'), defect.name).toBe(true);
});

test.describe.configure({ mode: 'parallel' });

probeTests('defects', 'independent defect', PROBES);
