import { baseName, valuesOf } from '../../lib/contracts/parameter-values.ts';
import { hashPassword } from '../state/password.ts';
import type { Customer } from '../state/customer.ts';
import type { Call } from './call.ts';
import { fieldOf, sentValue } from './values.ts';

/**
 * Copies the call's sent values (and new password, hashed) onto the customer; absent or empty values change nothing.
 */
export function keepValues(call: Call, customer: Customer, only?: readonly string[]): void {
  for (const parameter of call.prepared.values) {
    if (only && !only.includes(parameter.name)) continue;
    if (parameter.repeated) {
      const sent = valuesOf(parameter, call.values)?.filter((value) => value !== '');
      if (sent && sent.length > 0) customer.lists.set(baseName(parameter), [...sent]);
      continue;
    }
    const value = sentValue(parameter, call.values);
    if (value !== undefined) customer.fields.set(fieldOf(parameter), value);
  }
  const password = sentValue(call.prepared.password, call.values);
  if (password !== undefined) customer.password = hashPassword(password);
}
