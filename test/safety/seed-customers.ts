import { expect } from '@playwright/test';
import type { TargetClient } from '../../lib/client/client.ts';
import { limitOf } from '../../lib/contracts/limits.ts';
import { listCustomers } from '../../lib/safety/customer-directory.ts';
import { loadProfile } from '../../lib/target/load-profile.ts';
import { DEFAULT_PROFILE } from '../../lib/target/resolve-target.ts';
import { createPairs } from '../../generators/commands/create-pairs.ts';

const profile = loadProfile(DEFAULT_PROFILE, {});
/** The emulator profile's first reseller (targets/emulator.json defaults). */
export const RESELLER = profile.credentials;
const RESELLER_ACCOUNT = profile.account;
const PASSWORD = 'x'.repeat(limitOf('create', 'password', 'minLength'));

export async function usernamesOf(client: TargetClient): Promise<string[]> {
  const listing = await listCustomers(client, RESELLER);
  if ('failure' in listing) throw new Error(listing.failure);
  return listing.usernames;
}

/** Creates a customer of RESELLER directly (a valid create under every reading). */
export async function createCustomer(client: TargetClient, username: string): Promise<void> {
  const exchange = await client.send({
    endpoint: 'reseller.add',
    format: 'json',
    verb: 'GET',
    params: [
      ['api_user', RESELLER.apiUser],
      ['api_key', RESELLER.apiKey],
      ...createPairs(RESELLER_ACCOUNT, {
        username,
        email: 'owner@example.org',
        password: PASSWORD,
        confirmPassword: PASSWORD,
        text: () => 'Town',
      }),
    ],
  });
  expect(Buffer.from(exchange.body).toString(), `seeding ${username}`).toContain('success');
}
