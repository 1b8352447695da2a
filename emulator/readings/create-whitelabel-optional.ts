import { optionalOnCreate } from './optional-on-create.ts';
import type { Reading } from './reading.ts';

export const createWhitelabelOptional: Reading = {
  name: 'create-whitelabel-optional',
  description:
    'create takes whitelabel as optional, as the example call that omits it suggests: a create without whitelabel (or with it empty) succeeds (D3).',
  allows: ['create.whitelabel.required', 'create.whitelabel.non-empty', 'create.required.company-package-whitelabel'],
  install(parts) {
    optionalOnCreate(parts, 'whitelabel');
  },
};
