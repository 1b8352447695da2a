import type { Defect } from '../defect.ts';
import type { Reseller } from '../../state/reseller.ts';
import { effectOf, ownerOf, subjectCustomer, subjectOf } from './support.ts';

export const deletedNameReservedPerReseller: Defect = {
  name: 'independent-deleted-name-reserved-per-reseller',
  description:
    'A deleted customer\'s username stays reserved only for the reseller who deleted it (a per-account "closed" ' +
    'table): another reseller can create it.',
  breaks: ['delete.effect.username-reserved', 'create.username.not-taken'],
  install(parts) {
    const deletedBy = new WeakMap<Reseller, Set<string>>();
    effectOf(parts, 'delete', (call, clean) => {
      const username = subjectOf(call);
      if (username !== undefined && subjectCustomer(call)) {
        const deleted = deletedBy.get(call.reseller) ?? new Set<string>();
        deleted.add(username);
        deletedBy.set(call.reseller, deleted);
      }
      return clean(call);
    });
    const ruleContext = parts.ruleContext;
    parts.ruleContext = (store, reseller, today) => ({
      ...ruleContext(store, reseller, today),
      isTaken: (username) =>
        ownerOf(store, username) !== undefined || (deletedBy.get(reseller)?.has(username) ?? false),
    });
  },
};
