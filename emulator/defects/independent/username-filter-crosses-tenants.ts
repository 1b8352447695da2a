import type { Defect } from '../defect.ts';
import { listMatching } from '../../effects/list-customers.ts';
import { effectOf, ownerOf } from './support.ts';

export const usernameFilterCrossesTenants: Defect = {
  name: 'independent-username-filter-crosses-tenants',
  description:
    'retrieve with a username filter looks the username up system-wide (usernames are unique, so the scope seemed ' +
    "redundant): another reseller's customer is listed by its exact username.",
  breaks: ['tenant.retrieve.own-customers'],
  install(parts) {
    effectOf(parts, 'retrieve', (call, clean) => {
      const username = call.values.get('username')?.[0];
      const owner = username ? ownerOf(call.store, username) : undefined;
      return owner && owner !== call.reseller ? listMatching(call, owner.customers.values()) : clean(call);
    });
  },
};
