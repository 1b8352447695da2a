import type { Defect } from '../defect.ts';
import type { Customer } from '../../state/customer.ts';
import { effectOf, withValues } from './support.ts';
import { listMatching } from '../../effects/list-customers.ts';

export const emailFilterIndexStale: Defect = {
  name: 'independent-email-filter-index-stale',
  description:
    'The email filter searches an index written at create and never updated: after setEmail the list shows the new ' +
    'email, but email=<new> finds nobody and email=<old> still finds the customer.',
  breaks: ['retrieve.email.filter'],
  uncatchable:
    'allowed by a reading (retrieve.email.filter-after-set-email): the seed describes the email filter as the' +
    ' "email address customer was registered with" while setEmail changes "the contact email we use for your' +
    ' customers"; a target may search the email given at create and list the contact email, which is exactly' +
    ' this behaviour.',
  install(parts) {
    const emailAtCreate = new WeakMap<Customer, string>();
    effectOf(parts, 'create', (call, clean) => {
      const answer = clean(call);
      const created = call.reseller.customers.get(call.values.get('username')?.[0] ?? '');
      const email = created?.fields.get('email');
      if (created && email !== undefined) emailAtCreate.set(created, email);
      return answer;
    });
    effectOf(parts, 'retrieve', (call, clean) => {
      const email = call.values.get('email')?.[0];
      if (!email) return clean(call);
      const indexed = [...call.reseller.customers.values()].filter(
        (customer) => (emailAtCreate.get(customer) ?? customer.fields.get('email')) === email,
      );
      return listMatching({ ...call, values: withValues(call.values, 'email', undefined) }, indexed);
    });
  },
};
