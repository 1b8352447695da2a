import type { Defect } from '../defect.ts';
import { ownerOf, trackCallers, validateOf } from './support.ts';

export const foreignDeleteAnswersSuccess: Defect = {
  name: 'independent-foreign-delete-answers-success',
  description:
    "delete checks that the user exists anywhere, then deletes within the caller's account: another reseller's " +
    'customer is answered success (nothing is removed) instead of as an unknown user.',
  breaks: ['tenant.delete.foreign-customer'],
  install(parts) {
    const callerOf = trackCallers(parts);
    validateOf(parts, 'delete', (operation, values, context, clean) => {
      const caller = callerOf(context);
      const user = values.get('user')?.[0] ?? '';
      return clean(operation, values, context).filter(
        (violation) =>
          violation.kind !== 'registeredCustomer' || caller === undefined || ownerOf(caller.store, user) === undefined,
      );
    });
  },
};
