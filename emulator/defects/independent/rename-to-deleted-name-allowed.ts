import type { Defect } from '../defect.ts';
import { ownerOf, trackCallers, validateOf } from './support.ts';

export const renameToDeletedNameAllowed: Defect = {
  name: 'independent-rename-to-deleted-name-allowed',
  description:
    'setUsername checks "already taken" against live customers only: a deleted customer\'s username, which must stay ' +
    'reserved, can be taken by a rename.',
  breaks: ['update_username.username.not-taken', 'delete.effect.username-reserved'],
  install(parts) {
    const callerOf = trackCallers(parts);
    validateOf(parts, 'update_username', (operation, values, context, clean) => {
      const caller = callerOf(context);
      const wanted = values.get('username')?.[0] ?? '';
      return clean(operation, values, context).filter(
        (violation) =>
          violation.kind !== 'notTaken' || caller === undefined || ownerOf(caller.store, wanted) !== undefined,
      );
    });
  },
};
