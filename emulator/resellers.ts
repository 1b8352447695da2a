import type { Profile } from '../lib/target/load-profile.ts';
import type { Credentials, ResellerAccount } from './state/customer-store.ts';

const NO_ITEMS = { packages: [], ipGroups: [], ips: [], whitelabels: [] };

/**
 * The reseller accounts the emulator serves: the profile's credentials, its second reseller, and emulator.resellers.
 */
export function resellerAccounts(profile: Profile): ResellerAccount[] {
  const accounts: ResellerAccount[] = [{ ...profile.credentials, account: profile.account }];
  if (profile.secondReseller) {
    const { apiUser, apiKey, account } = profile.secondReseller;
    accounts.push({ apiUser, apiKey, account: account ?? NO_ITEMS });
  }
  for (const reseller of profile.emulator?.resellers ?? []) accounts.push(reseller);
  return accounts;
}

/** Known accounts without the reseller right: the profile's nonResellerAccount. */
export function nonResellerAccounts(profile: Profile): Credentials[] {
  return profile.nonResellerAccount ? [profile.nonResellerAccount] : [];
}
