import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { call, customer, listOf, listReply, ONE, profile, uniqueUsername, validCreate } from './emulator-client.ts';
import { daysFromToday, MANAGE, setProfile, type Params } from './manage-calls.ts';

const WRONG_KEY: Params = [
  ['api_user', ONE[0]?.[1] ?? ''],
  ['api_key', 'wrong-key'],
];

const add = (url: string, username: string, overrides: Record<string, string> = {}, format = 'json') =>
  call(url, `/apiv2/reseller.add.${format}`, validCreate(username, overrides));
const addWithout = (url: string, left: string, overrides: Record<string, string> = {}) =>
  call(
    url,
    '/apiv2/reseller.add.json',
    validCreate(uniqueUsername(), overrides).filter(([name]) => name !== left),
  );
const refusedCreate = (url: string, format = 'json') => call(url, `/apiv2/reseller.add.${format}`, ONE);
const manage = (url: string, selectors: Params, extra: Params = [], format = 'json') =>
  call(url, `${MANAGE}.${format}`, [...ONE, ...selectors, ...extra]);
const list = (url: string, format: string, filters: Params = []) => listReply(url, ONE, filters, format);
const nobody = () => uniqueUsername('nobody');

/** A customer of the first reseller, created with valid values. */
async function created(url: string, overrides: Record<string, string> = {}, tag = 'c'): Promise<string> {
  const username = uniqueUsername(tag);
  const reply = await add(url, username, overrides);
  expect(reply.status, 'the probe customer is created').toBeLessThan(300);
  return username;
}

async function listedKeys(url: string): Promise<string[]> {
  return Object.keys((await customer(url, await created(url))) ?? {});
}

/** Whether the customer created first is listed before the one created second. */
async function firstListedFirst(url: string, firstTag: string, secondTag: string): Promise<boolean> {
  const [first, second] = [await created(url, {}, firstTag), await created(url, {}, secondTag)];
  const usernames = (await listOf(url)).map((entry) => entry.username);
  return usernames.indexOf(first) < usernames.indexOf(second);
}

/**
 * For each reading, an observation through the API that differs when the reading is on. Each probe
 * runs once against a plain emulator and once against one with the reading.
 */
export const READING_PROBES: Record<string, (url: string) => Promise<unknown>> = {
  // Answer shapes
  'manage-user-format-error-list': async (url) =>
    (await manage(url, [['method', 'enable']], [['user', 'not-an-email']])).text,
  'unknown-user-not-found': async (url) =>
    (await call(url, '/apiv2/reseller.delete.json', [...ONE, ['user', nobody()]])).text,
  'error-texts-echo-parameters': async (url) => (await refusedCreate(url)).text,
  'refusal-error-object': async (url) => (await refusedCreate(url)).text,
  'xml-refusal-root-error': async (url) => (await refusedCreate(url, 'xml')).text,
  'xml-errors-unwrapped': async (url) => (await refusedCreate(url, 'xml')).text,
  'later-service-unknown-user-error-object': async (url) =>
    (await manage(url, [['method', 'enable']], [['user', nobody()]])).text,
  'xml-auth-error-root': async (url) => (await listReply(url, WRONG_KEY, [], 'xml')).text,
  'auth-error-as-error-list': async (url) => (await listReply(url, WRONG_KEY, [], 'json')).text,
  // HTTP
  'success-2xx-statuses': async (url) => [(await add(url, uniqueUsername())).status, (await list(url, 'json')).status],
  'errors-4xx-statuses': async (url) => [
    (await refusedCreate(url)).status,
    (await listReply(url, WRONG_KEY, [], 'json')).status,
    (await manage(url, [['method', 'enable']], [['user', nobody()]])).status,
  ],
  'json-content-type-charset': async (url) => (await list(url, 'json')).contentType,
  'xml-content-type-without-charset': async (url) => (await list(url, 'xml')).contentType,
  'rate-limit-429': async (url) =>
    (
      await Promise.all(Array.from({ length: 200 }, () => manage(url, [['method', 'enable']], [['user', nobody()]])))
    ).some((reply) => reply.status === 429),
  // JSON lexical forms
  'json-keys-reordered': async (url) => Object.keys(JSON.parse((await refusedCreate(url)).text)),
  'json-compact': async (url) => (await add(url, uniqueUsername())).text,
  'json-escaped-slashes': async (url) =>
    (await list(url, 'json', [['username', await created(url, { website: 'http://example.com/a' })]])).text.includes(
      '\\/',
    ),
  // XML lexical forms
  'xml-char-refs-everywhere': async (url) => (await add(url, uniqueUsername(), {}, 'xml')).text,
  'xml-cdata': async (url) => (await add(url, uniqueUsername(), {}, 'xml')).text,
  'xml-apos-quot': async (url) =>
    (await list(url, 'xml', [['username', await created(url, { city: `O'Hare "North"` })]])).text.includes('&apos;'),
  'xml-compact': async (url) => (await add(url, uniqueUsername(), {}, 'xml')).text,
  'xml-tab-indented': async (url) => (await add(url, uniqueUsername(), {}, 'xml')).text,
  'xml-empty-list-self-closing': async (url) => (await list(url, 'xml', [['username', nobody()]])).text,
  'xml-empty-elements-self-closing': async (url) => (await list(url, 'xml', [['username', nobody()]])).text,
  // Lists
  'filter-partial-match': async (url) => {
    const city = `Springfield ${randomUUID()}`;
    await created(url, { city });
    return (await listOf(url, ONE, [['city', city.slice(0, 20)]])).length;
  },
  'filter-case-insensitive': async (url) => {
    const city = `Springfield ${randomUUID()}`;
    await created(url, { city });
    return (await listOf(url, ONE, [['city', city.toUpperCase()]])).length;
  },
  'active-filter-words-only': async (url) =>
    (
      await listOf(url, ONE, [
        ['username', await created(url)],
        ['active', '1'],
      ])
    ).length,
  'json-only-list-fields': async (url) => {
    const username = await created(url);
    const json = JSON.parse((await list(url, 'json', [['username', username]])).text) as Array<Record<string, string>>;
    const xml = (await list(url, 'xml', [['username', username]])).text;
    return [Object.keys(json[0] ?? {}), xml.includes('<website_access>')];
  },
  'list-extra-fields': listedKeys,
  'website-access-not-listed': listedKeys,
  'website-scheme-added': async (url) => (await customer(url, await created(url, { website: 'example.com' })))?.website,
  'list-newest-first': async (url) => firstListedFirst(url, 'older', 'newer'),
  'list-sorted-by-email': async (url) => firstListedFirst(url, 'zz', 'aa'),
  // Parameter rules
  'create-company-optional': async (url) => (await addWithout(url, 'company')).text,
  'create-package-optional': async (url) => (await addWithout(url, 'package')).text,
  'create-whitelabel-optional': async (url) => (await addWithout(url, 'whitelabel')).text,
  'whitelabel-not-checked': async (url) =>
    (
      await add(url, uniqueUsername(), {
        whitelabel: profile.secondReseller?.account?.whitelabels[0] ?? 'mail.elsewhere.example',
      })
    ).text,
  'free-user-relaxes-package': async (url) => (await addWithout(url, 'package', { free_user: 'true' })).text,
  'billing-cycle-28-days': async (url) => (await add(url, uniqueUsername(), { billing_date: daysFromToday(-1) })).text,
  'update-profile-no-max-length': async (url) =>
    (await setProfile(url, await created(url), [['first_name', 'f'.repeat(60)]])).text,
  'disable-reads-username-only': async (url) =>
    (await manage(url, [['method', 'disable']], [['user', await created(url)]])).text,
  'disable-reads-user-only': async (url) =>
    (await manage(url, [['method', 'disable']], [['username', await created(url)]])).text,
  'update-email-method-profile-only': async (url) =>
    (
      await manage(
        url,
        [
          ['method', 'password'],
          ['task', 'setEmail'],
        ],
        [
          ['user', await created(url)],
          ['email', uniqueUsername('new')],
        ],
      )
    ).text,
  'lengths-in-utf8-bytes': async (url) => (await add(url, uniqueUsername(), { first_name: 'é'.repeat(30) })).text,
  'email-format-strict': async (url) => (await add(url, uniqueUsername(), { email: 'Ann.Lee@Example.com' })).text,
};
