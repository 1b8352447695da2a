import type { Account } from '../../lib/contracts/types.ts';
import type { Customer } from './customer.ts';

export interface Reseller {
  apiUser: string;
  apiKey: string;
  account: Account;
  /** Live customers by username, in the order they were created. */
  customers: Map<string, Customer>;
}
