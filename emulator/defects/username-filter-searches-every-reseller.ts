import { listMatching } from '../effects/list-customers.ts';
import type { Defect } from './defect.ts';

export const usernameFilterSearchesEveryReseller: Defect = {
  name: 'username-filter-searches-every-reseller',
  description:
    "retrieve with a username filter looks the name up among every reseller's customers: another reseller's " +
    'customer is listed when named.',
  breaks: ['tenant.retrieve.own-customers'],
  install(parts) {
    const list = parts.effects.none;
    parts.effects.none = (call) => {
      if (!call.values.get('username')?.[0]) return list(call);
      return listMatching(
        call,
        [...call.store.resellers.values()].flatMap((reseller) => [...reseller.customers.values()]),
      );
    };
  },
};
