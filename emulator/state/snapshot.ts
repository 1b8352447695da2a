import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Customer } from './customer.ts';
import type { CustomerStore } from './customer-store.ts';

/** The store as JSON: see state.schema.json. */
export interface StateSnapshot {
  format: 'sendgrid-reseller-emulator-state';
  version: 1;
  resellers: Record<string, CustomerRecord[]>;
  reservedUsernames: string[];
}

interface CustomerRecord {
  username: string;
  fields: Record<string, string>;
  lists: Record<string, string[]>;
  password?: { salt: string; hash: string };
}

const SCHEMA = JSON.parse(readFileSync(new URL('./state.schema.json', import.meta.url), 'utf8')) as object;
let validateSnapshot: ReturnType<Ajv2020['compile']> | undefined;

export function snapshotOf(store: CustomerStore): StateSnapshot {
  const resellers: Record<string, CustomerRecord[]> = {};
  for (const [apiUser, reseller] of store.resellers) {
    resellers[apiUser] = [...reseller.customers.values()].map((customer) => ({
      username: customer.username,
      fields: Object.fromEntries(customer.fields),
      lists: Object.fromEntries(customer.lists),
      ...(customer.password ? { password: { ...customer.password } } : {}),
    }));
  }
  return {
    format: 'sendgrid-reseller-emulator-state',
    version: 1,
    resellers,
    reservedUsernames: [...store.reservedUsernames()],
  };
}

/**
 * A new store holding the snapshot, built beside `base` (same accounts and limits). Anything wrong
 * (shape, unknown reseller, a username twice, a live username not reserved, over the limits) throws
 * with every problem named, before any of it is used: a state is loaded whole or not at all.
 */
export function storeFromSnapshot(base: CustomerStore, data: unknown): CustomerStore {
  validateSnapshot ??= new Ajv2020({ allErrors: true }).compile(SCHEMA);
  if (!validateSnapshot(data)) {
    const problems = (validateSnapshot.errors ?? [])
      .slice(0, 10)
      .map((error) => `${error.instancePath || '/'} ${error.message ?? 'is not valid'}`);
    throw new Error(`not an emulator state: ${problems.join('; ')}`);
  }
  const snapshot = data as StateSnapshot;
  const store = base.emptyCopy();
  const problems: string[] = [];
  const reserved = new Set(snapshot.reservedUsernames);
  const live = new Set<string>();
  for (const [apiUser, customers] of Object.entries(snapshot.resellers)) {
    const reseller = store.resellers.get(apiUser);
    if (!reseller) {
      problems.push(`reseller "${apiUser}" is not an account of this profile`);
      continue;
    }
    if (customers.length > store.limits.customersPerReseller)
      problems.push(
        `reseller "${apiUser}" has ${customers.length} customers, ` +
          `over the limit of ${store.limits.customersPerReseller}`,
      );
    for (const record of customers) {
      if (live.has(record.username)) problems.push(`username "${record.username}" belongs to two customers`);
      if (!reserved.has(record.username))
        problems.push(`username "${record.username}" is live but not in reservedUsernames`);
      if (record.fields['username'] !== undefined && record.fields['username'] !== record.username)
        problems.push(`customer "${record.username}" lists another username`);
      live.add(record.username);
      const customer: Customer = {
        username: record.username,
        fields: new Map([...Object.entries(record.fields), ['username', record.username]]),
        lists: new Map(Object.entries(record.lists)),
        ...(record.password ? { password: { ...record.password } } : {}),
      };
      store.insert(reseller, customer);
    }
  }
  if (reserved.size > store.limits.usernames)
    problems.push(`${reserved.size} reserved usernames, over the limit of ${store.limits.usernames}`);
  if (problems.length > 0) throw new Error(`not a consistent emulator state: ${problems.slice(0, 10).join('; ')}`);
  for (const username of reserved) store.reserve(username);
  return store;
}
