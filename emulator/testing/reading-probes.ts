import { expect } from '@playwright/test';
import { call, ONE, uniqueUsername, validCreate } from './emulator-client.ts';

const MANAGE = '/apiv2/reseller.manage';
const WRONG_KEY: Array<[string, string]> = [['api_user', ONE[0]?.[1] ?? ''], ['api_key', 'wrong-key']];

const add = (url: string, username: string, overrides: Record<string, string> = {}, format = 'json') =>
  call(url, `/apiv2/reseller.add.${format}`, validCreate(username, overrides));
const list = (url: string, format: string, filters: Array<[string, string]> = []) =>
  call(url, `${MANAGE}.${format}`, [...ONE, ['method', 'profile'], ['task', 'get'], ...filters]);

/** A customer of the first reseller, created with valid values. */
async function created(url: string, overrides: Record<string, string> = {}): Promise<string> {
  const username = uniqueUsername();
  const reply = await add(url, username, overrides);
  expect(reply.status, 'the probe customer is created').toBeLessThan(300);
  return username;
}

/**
 * For each reading, an observation through the API that differs when the reading is on. Each probe
 * runs once against a clean emulator and once against one with the reading.
 */
export const READING_PROBES: Record<string, (url: string) => Promise<unknown>> = {
  'xml-auth-error-root': async (url) => (await call(url, `${MANAGE}.xml`, [...WRONG_KEY, ['method', 'profile'], ['task', 'get']])).text,
  'json-only-list-fields': async (url) => {
    const username = await created(url);
    const json = JSON.parse((await list(url, 'json', [['username', username]])).text) as Array<Record<string, string>>;
    const xml = (await list(url, 'xml', [['username', username]])).text;
    return [Object.keys(json[0] ?? {}), xml.includes('<website_access>')];
  },
};
