import { parameterOf } from '../defects/constraint-of.ts';
import type { Reading } from './reading.ts';

export const disableReadsUsernameOnly: Reading = {
  name: 'disable-reads-username-only',
  description: 'disable reads the customer from username only, as its table names it; user is ignored (D1).',
  allows: ['disable.user.parameter-name'],
  install(parts) {
    const subject = parameterOf(parts.operations, 'disable', 'user');
    const [alias] = subject.aliases ?? [];
    if (alias === undefined) throw new Error('disable.user has no alias in the contract');
    subject.name = alias;
    subject.aliases = [];
  },
};
