import type { Defect } from '../defect.ts';
import { ownerOf, trackCallers, validateOf } from './support.ts';

export const renameChecksOwnCustomersOnly: Defect = {
  name: 'independent-rename-checks-own-customers-only',
  description:
    "setUsername looks for the new name among the caller's own customers (and deleted names) only: a username held " +
    "by another reseller's customer is accepted, and two customers then log in with one name.",
  // The register's sharper ID (added with the tenant rename test) named beside the one first written.
  breaks: ['update_username.username.not-taken', 'tenant.update_username.username-held'],
  install(parts) {
    const callerOf = trackCallers(parts);
    validateOf(parts, 'update_username', (operation, values, context, clean) => {
      const caller = callerOf(context);
      const wanted = values.get('username')?.[0] ?? '';
      const owner = caller === undefined ? undefined : ownerOf(caller.store, wanted);
      return clean(operation, values, context).filter(
        (violation) => violation.kind !== 'notTaken' || owner === undefined || owner === caller?.reseller,
      );
    });
  },
};
