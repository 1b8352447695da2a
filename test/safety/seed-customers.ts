import { expect } from '@playwright/test';
import type { TargetClient } from '../../lib/client/client.ts';
import { listCustomers } from '../../lib/safety/customer-directory.ts';

/** The emulator profile's first reseller (targets/emulator.json defaults). */
export const RESELLER = { apiUser: 'reseller-one', apiKey: 'emulator-key-one' };

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
      ['username', username],
      ['password', 'Secret123'],
      ['confirm_password', 'Secret123'],
      ['email', 'owner@example.org'],
      ['first_name', 'A'],
      ['last_name', 'B'],
      ['address', '1 Road'],
      ['city', 'Town'],
      ['state', 'ST'],
      ['zip', '12345'],
      ['country', 'US'],
      ['phone', '5551234'],
      ['website', 'example.org'],
      ['company', 'Co'],
      ['package', 'Silver Package'],
      ['whitelabel', 'mail.reseller-one.example'],
    ],
  });
  expect(Buffer.from(exchange.body).toString(), `seeding ${username}`).toContain('success');
}
