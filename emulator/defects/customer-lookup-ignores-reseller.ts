import { sentValue } from '../effects/values.ts';
import type { CustomerStore } from '../state/customer-store.ts';
import type { Reseller } from '../state/reseller.ts';
import type { Defect } from './defect.ts';

// Every effect that acts on one existing customer named by `user`.
const MANAGE_EFFECTS = ['deletes', 'sets', 'updates', 'renames', 'not-observable'] as const;

export const customerLookupIgnoresReseller: Defect = {
  name: 'customer-lookup-ignores-reseller',
  description:
    "manage calls and delete find the customer by username alone: a reseller can manage another reseller's customer.",
  breaks: [
    'tenant.delete.foreign-customer',
    'tenant.enable.foreign-customer',
    'tenant.disable.foreign-customer',
    'tenant.website_enable.foreign-customer',
    'tenant.website_disable.foreign-customer',
    'tenant.update_profile.foreign-customer',
    'tenant.update_password.foreign-customer',
    'tenant.update_username.foreign-customer',
    'tenant.update_email.foreign-customer',
  ],
  install(parts) {
    const ruleContext = parts.ruleContext;
    parts.ruleContext = (store, reseller, today) => ({
      ...ruleContext(store, reseller, today),
      isRegisteredCustomer: (username) => ownerOf(store, username) !== undefined,
    });
    for (const kind of MANAGE_EFFECTS) {
      const handle = parts.effects[kind];
      parts.effects[kind] = (call) => {
        const username = sentValue(call.prepared.subject, call.values);
        const owner = username === undefined ? undefined : ownerOf(call.store, username);
        return handle(owner ? { ...call, reseller: owner } : call);
      };
    }
  },
};

function ownerOf(store: CustomerStore, username: string): Reseller | undefined {
  return [...store.resellers.values()].find((reseller) => reseller.customers.has(username));
}
