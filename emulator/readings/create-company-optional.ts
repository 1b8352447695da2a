import { optionalOnCreate } from './optional-on-create.ts';
import type { Reading } from './reading.ts';

export const createCompanyOptional: Reading = {
  name: 'create-company-optional',
  description:
    'create takes company as optional, as the example call that omits it suggests: a create without company (or with it empty) succeeds (D3).',
  allows: ['create.company.required', 'create.company.non-empty', 'create.required.company-package-whitelabel'],
  install(parts) {
    optionalOnCreate(parts, 'company');
  },
};
