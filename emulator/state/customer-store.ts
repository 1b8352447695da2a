import type { Account } from '../../lib/contracts/types.ts';
import type { RuleContext } from '../../lib/rules/types.ts';
import type { Customer } from './customer.ts';
import type { Reseller } from './reseller.ts';

export interface ResellerAccount {
  apiUser: string;
  apiKey: string;
  account: Account;
}

/** An account the service knows that may not use the reseller API. */
export interface Credentials {
  apiUser: string;
  apiKey: string;
}

/** What the store may hold, so a flood of creates cannot exhaust memory. */
export interface StoreLimits {
  /** Live customers of one reseller. */
  customersPerReseller: number;
  /** Usernames held by any customer, live or deleted (deleted names stay reserved). */
  usernames: number;
}

export const DEFAULT_LIMITS: StoreLimits = { customersPerReseller: 100_000, usernames: 1_000_000 };

/**
 * Every reseller's customers, in memory. Usernames are global and a deleted customer's name stays
 * reserved (D20). All methods are synchronous: a check and the change that follows it cannot interleave.
 */
export class CustomerStore {
  readonly resellers = new Map<string, Reseller>();
  private readonly reserved = new Set<string>();

  constructor(
    accounts: ResellerAccount[],
    private readonly nonResellers: readonly Credentials[] = [],
    readonly limits: StoreLimits = DEFAULT_LIMITS,
  ) {
    for (const account of accounts) {
      if (this.resellers.has(account.apiUser)) throw new Error(`Reseller "${account.apiUser}" is configured twice`);
      this.resellers.set(account.apiUser, { ...account, customers: new Map() });
    }
    for (const { apiUser } of nonResellers) {
      if (this.resellers.has(apiUser))
        throw new Error(`Account "${apiUser}" is configured both as a reseller and as a non-reseller`);
    }
  }

  /** The same accounts and limits, no customers: the profile's initial state. */
  emptyCopy(): CustomerStore {
    return new CustomerStore(
      [...this.resellers.values()].map(({ apiUser, apiKey, account }) => ({ apiUser, apiKey, account })),
      this.nonResellers,
      this.limits,
    );
  }

  /** Valid credentials of an account that is not a reseller. */
  isNonReseller(apiUser: string | undefined, apiKey: string | undefined): boolean {
    return this.nonResellers.some((account) => account.apiUser === apiUser && account.apiKey === apiKey);
  }

  /** Why one more customer of this reseller cannot be stored, or undefined when it can. */
  fullFor(reseller: Reseller): string | undefined {
    if (reseller.customers.size >= this.limits.customersPerReseller) {
      return (
        `Customer limit reached: this reseller has ${reseller.customers.size} customers, ` +
        "the emulator's limit (--max-customers)"
      );
    }
    if (this.reserved.size >= this.limits.usernames) {
      return (
        `Username limit reached: the emulator holds ${this.reserved.size} usernames ` +
        '(deleted ones stay reserved); reset or restart it'
      );
    }
    return undefined;
  }

  /** Every username held, live or deleted. */
  reservedUsernames(): IterableIterator<string> {
    return this.reserved.values();
  }

  /** Marks a username as held without a live customer (a deleted one), when restoring state. */
  reserve(username: string): void {
    this.reserved.add(username);
  }

  authenticate(apiUser: string | undefined, apiKey: string | undefined): Reseller | undefined {
    if (apiUser === undefined || apiKey === undefined) return undefined;
    const reseller = this.resellers.get(apiUser);
    return reseller !== undefined && reseller.apiKey === apiKey ? reseller : undefined;
  }

  isTaken(username: string): boolean {
    return this.reserved.has(username);
  }

  ruleContext(reseller: Reseller, today: string): RuleContext {
    return {
      account: reseller.account,
      today,
      isTaken: (username) => this.reserved.has(username),
      isRegisteredCustomer: (username) => reseller.customers.has(username),
    };
  }

  insert(reseller: Reseller, customer: Customer): void {
    this.reserved.add(customer.username);
    reseller.customers.set(customer.username, customer);
  }

  /** Removes the customer from the reseller's list at once (D8); the username stays reserved (D20). */
  remove(reseller: Reseller, username: string): void {
    reseller.customers.delete(username);
  }

  /** The old name is free again: no customer, live or deleted, holds it any more. */
  rename(reseller: Reseller, from: string, to: string): void {
    const customer = reseller.customers.get(from);
    if (!customer) return;
    const renamed = new Map<string, Customer>();
    for (const [username, entry] of reseller.customers) renamed.set(username === from ? to : username, entry);
    reseller.customers.clear();
    for (const [username, entry] of renamed) reseller.customers.set(username, entry);
    customer.username = to;
    customer.fields.set('username', to);
    this.reserved.delete(from);
    this.reserved.add(to);
  }
}
