import { listMatching } from '../effects/list-customers.ts';
import type { Defect } from './defect.ts';

export const retrieveLeaksOtherResellers: Defect = {
  name: 'retrieve-leaks-other-resellers',
  description: "retrieve lists every reseller's customers: the query forgets the reseller filter.",
  breaks: ['tenant.retrieve.own-customers'],
  install(parts) {
    parts.effects.none = (call) =>
      listMatching(
        call,
        [...call.store.resellers.values()].flatMap((reseller) => [...reseller.customers.values()]),
      );
  },
};
