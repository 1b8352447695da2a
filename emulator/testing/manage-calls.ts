import { call, customer, ONE, type Reply } from './emulator-client.ts';

export type Params = Array<[string, string]>;
export const MANAGE = '/apiv2/reseller.manage';

const profileTask = (task: string): Params => [
  ['method', 'profile'],
  ['task', task],
];

/** A manage call about one customer (`user`): the selectors (method, task), then any further parameters. */
export const manage = (
  url: string,
  selectors: Params,
  user: string,
  extra: Params = [],
  credentials = ONE,
  format = 'json',
): Promise<Reply> => call(url, `${MANAGE}.${format}`, [...credentials, ...selectors, ['user', user], ...extra]);

export const enable = (url: string, user: string, credentials = ONE) =>
  manage(url, [['method', 'enable']], user, [], credentials);
export const disable = (url: string, user: string, credentials = ONE) =>
  manage(url, [['method', 'disable']], user, [], credentials);
export const websiteEnable = (url: string, user: string, credentials = ONE) =>
  manage(url, [['method', 'website_enable']], user, [], credentials);
export const websiteDisable = (url: string, user: string, credentials = ONE) =>
  manage(url, [['method', 'website_disable']], user, [], credentials);
export const setProfile = (url: string, user: string, values: Params, credentials = ONE) =>
  manage(url, profileTask('set'), user, values, credentials);
export const setEmail = (url: string, user: string, email: string, credentials = ONE) =>
  manage(url, profileTask('setEmail'), user, [['email', email]], credentials);
export const setUsername = (url: string, user: string, username: string, credentials = ONE) =>
  manage(url, profileTask('setUsername'), user, [['username', username]], credentials);
export const setPassword = (url: string, user: string, password: string, credentials = ONE) =>
  manage(
    url,
    [['method', 'password']],
    user,
    [
      ['password', password],
      ['confirm_password', password],
    ],
    credentials,
  );
export const remove = (url: string, user: string, credentials = ONE) =>
  call(url, '/apiv2/reseller.delete.json', [...credentials, ['user', user]]);

/** A call on one customer of the first reseller, such as `disable` or `websiteEnable`. */
export type CustomerStep = (url: string, user: string) => Promise<unknown>;

/** What the list shows as `field` of the first reseller's customer `user` once `steps` ran on it in turn. */
export async function listedAfter(url: string, user: string, field: string, ...steps: CustomerStep[]) {
  for (const step of steps) await step(url, user);
  return (await customer(url, user))?.[field];
}

export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
