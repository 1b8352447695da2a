import { optionalOnCreate } from './optional-on-create.ts';
import type { Reading } from './reading.ts';

export const createPackageOptional: Reading = {
  name: 'create-package-optional',
  description:
    'create takes package as optional, as the example call that omits it suggests: a create without package (or with it empty) succeeds (D3).',
  allows: ['create.package.required', 'create.package.non-empty', 'create.required.company-package-whitelabel'],
  install(parts) {
    optionalOnCreate(parts, 'package');
  },
};
