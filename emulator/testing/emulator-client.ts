import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { request } from 'undici';
import { loadProfile } from '../../lib/target/load-profile.ts';

export const profile = loadProfile('targets/emulator.json', {});
export const ONE: Array<[string, string]> = [
  ['api_user', profile.credentials.apiUser],
  ['api_key', profile.credentials.apiKey],
];
export const TWO: Array<[string, string]> = [
  ['api_user', profile.secondReseller?.apiUser ?? ''],
  ['api_key', profile.secondReseller?.apiKey ?? ''],
];

/** The profile's account without the reseller right. */
export const PLAIN: Array<[string, string]> = [
  ['api_user', profile.nonResellerAccount?.apiUser ?? ''],
  ['api_key', profile.nonResellerAccount?.apiKey ?? ''],
];

export interface Reply {
  status: number;
  contentType: string;
  bytes: Buffer;
  /** Decoded per the content type: ISO-8859-1 for XML, UTF-8 otherwise. */
  text: string;
}

export function form(params: ReadonlyArray<readonly [string, string]>): string {
  return params.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
}

/** One call to the emulator: GET with a query string or POST with a form body. */
export async function call(
  base: string,
  path: string,
  params: ReadonlyArray<readonly [string, string]>,
  verb = 'GET',
): Promise<Reply> {
  const encoded = form(params);
  const response =
    verb === 'GET'
      ? await request(`${base}${path}${encoded ? `?${encoded}` : ''}`, { method: 'GET' })
      : await request(`${base}${path}`, {
          method: verb as 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: encoded,
        });
  const bytes = Buffer.from(await response.body.arrayBuffer());
  const contentType = String(response.headers['content-type'] ?? '');
  return {
    status: response.statusCode,
    contentType,
    bytes,
    text: bytes.toString(contentType.includes('xml') ? 'latin1' : 'utf8'),
  };
}

export function uniqueUsername(tag = 'c'): string {
  return `${tag}-${randomUUID().slice(0, 12)}@example.com`;
}

/** The values a valid create sends that the list shows back as they were sent. */
export const LISTED_PROFILE: Readonly<Record<string, string>> = {
  first_name: 'Ann',
  last_name: 'Lee',
  address: '1 Main St',
  city: 'Town',
  state: 'CA',
  zip: '91234',
  country: 'US',
  phone: '555-555',
  website: 'example.com',
};

/** A create call that meets every rule for the first reseller's account. */
export function validCreate(username: string, overrides: Record<string, string> = {}): Array<[string, string]> {
  const fields: Record<string, string> = {
    username,
    password: 'secret1',
    confirm_password: 'secret1',
    email: username,
    ...LISTED_PROFILE,
    company: 'Acme',
    package: profile.account.packages[0] ?? '',
    whitelabel: profile.account.whitelabels[0] ?? '',
    ...overrides,
  };
  return [...ONE, ...Object.entries(fields)];
}

/** A create call that meets every rule for the second reseller's account (its own package and whitelabel). */
export function validCreateForTwo(username: string): Array<[string, string]> {
  const own = validCreate(username, {
    package: profile.secondReseller?.account?.packages[0] ?? '',
    whitelabel: profile.secondReseller?.account?.whitelabels[0] ?? '',
  });
  return [...TWO, ...own.slice(ONE.length)];
}

/** A customer of the first reseller, created with valid values (`overrides` replacing some). */
export async function created(url: string, overrides: Record<string, string> = {}): Promise<string> {
  const username = uniqueUsername();
  const reply = await call(url, '/apiv2/reseller.add.json', validCreate(username, overrides));
  expect(reply.text, 'the probe customer is created').toContain('success');
  return username;
}

/** The answer to a list call (`method=profile&task=get`) with these credentials and filters. */
export function listReply(
  base: string,
  credentials: Array<[string, string]> = ONE,
  filters: Array<[string, string]> = [],
  format = 'json',
): Promise<Reply> {
  return call(base, `/apiv2/reseller.manage.${format}`, [
    ...credentials,
    ['method', 'profile'],
    ['task', 'get'],
    ...filters,
  ]);
}

export async function listOf(
  base: string,
  credentials = ONE,
  filters: Array<[string, string]> = [],
): Promise<Array<Record<string, string>>> {
  return JSON.parse((await listReply(base, credentials, filters)).text) as Array<Record<string, string>>;
}

export async function customer(
  base: string,
  username: string,
  credentials = ONE,
): Promise<Record<string, string> | undefined> {
  return (await listOf(base, credentials)).find((entry) => entry.username === username);
}
