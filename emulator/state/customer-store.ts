import type { Account, RuleContext } from '../../lib/rules/types.ts';
import type { Customer } from './customer.ts';
import type { Reseller } from './reseller.ts';

export interface ResellerAccount {
  apiUser: string;
  apiKey: string;
  account: Account;
}

/**
 * Every reseller's customers, in memory. Usernames are global and a deleted customer's name stays
 * reserved (D20). All methods are synchronous: a check and the change that follows it cannot interleave.
 */
export class CustomerStore {
  readonly resellers = new Map<string, Reseller>();
  private readonly reserved = new Set<string>();

  constructor(accounts: ResellerAccount[]) {
    for (const account of accounts) {
      if (this.resellers.has(account.apiUser)) throw new Error(`Reseller "${account.apiUser}" is configured twice`);
      this.resellers.set(account.apiUser, { ...account, customers: new Map() });
    }
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
