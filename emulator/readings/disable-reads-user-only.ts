import { parameterOf } from '../defects/constraint-of.ts';
import type { Reading } from './reading.ts';

export const disableReadsUserOnly: Reading = {
  name: 'disable-reads-user-only',
  description:
    'disable reads the customer from user only, as its example call and every other manage call name it; ' +
    'username is ignored (D1).',
  allows: ['disable.user.parameter-name'],
  install(parts) {
    parameterOf(parts.operations, 'disable', 'user').aliases = [];
  },
};
