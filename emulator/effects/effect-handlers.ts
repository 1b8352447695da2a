import type { EffectHandlers } from './call.ts';
import { createCustomer } from './create-customer.ts';
import { deleteCustomer } from './delete-customer.ts';
import { listCustomers } from './list-customers.ts';
import { renameCustomer } from './rename-customer.ts';
import { setField } from './set-field.ts';
import { updateCustomer } from './update-customer.ts';

export function effectHandlers(): EffectHandlers {
  return {
    none: listCustomers,
    creates: createCustomer,
    deletes: deleteCustomer,
    sets: setField,
    updates: updateCustomer,
    renames: renameCustomer,
    'not-observable': updateCustomer,
  };
}
