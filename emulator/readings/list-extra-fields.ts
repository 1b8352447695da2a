import { ID_FIELD, listAlso, numberCustomers } from './list-also.ts';
import type { Reading } from './reading.ts';

// Fields the real service's list entries carried beyond the documented ones (apiv2-facts.md).
const ADDRESS2_FIELD = 'address2';

export const listExtraFields: Reading = {
  name: 'list-extra-fields',
  description:
    'list entries carry fields beyond the documented ones, in JSON and XML alike: id (a number as a string) and ' +
    'address2 (empty), as the real service listed them.',
  allows: ['retrieve.answer.list-fields', 'retrieve.answer.example-artefacts', 'retrieve.answer.list-envelope'],
  install(parts) {
    numberCustomers(parts);
    listAlso(parts, [ID_FIELD, ADDRESS2_FIELD]);
  },
};
