import type { OperationId } from '../../../lib/contracts/types.ts';
import type { EmulatorParts } from '../../parts.ts';
import { effectOf, ownerOf, subjectOf, trackCallers, validateOf } from './support.ts';

/** The operation looks its user up system-wide: another reseller's customer passes the check and is changed. */
export function reachForeignCustomers(parts: EmulatorParts, operationId: OperationId): void {
  const callerOf = trackCallers(parts);
  validateOf(parts, operationId, (operation, values, context, clean) => {
    const caller = callerOf(context);
    const user = values.get('user')?.[0] ?? '';
    return clean(operation, values, context).filter(
      (violation) =>
        violation.kind !== 'registeredCustomer' || caller === undefined || ownerOf(caller.store, user) === undefined,
    );
  });
  effectOf(parts, operationId, (call, clean) => {
    const username = subjectOf(call);
    const owner = username === undefined ? undefined : ownerOf(call.store, username);
    return clean(owner ? { ...call, reseller: owner } : call);
  });
}
