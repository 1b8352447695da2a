import { WEBSITE_ACCESS_FIELD } from '../operations/list-fields.ts';
import { ID_FIELD, leaveOutOfXmlList, listAlso, numberCustomers } from './list-also.ts';
import type { Reading } from './reading.ts';

export const jsonOnlyListFields: Reading = {
  name: 'json-only-list-fields',
  description:
    'the JSON list carries fields the XML list does not: id and website_access in JSON only (the real JSON list ' +
    'sent both); the documented fields are in both.',
  allows: [
    'api.formats.agree',
    'retrieve.answer.list-fields',
    'retrieve.answer.example-artefacts',
    'website_enable.effect.website-access-listed',
    'website_disable.effect.website-access-listed',
  ],
  install(parts) {
    numberCustomers(parts);
    listAlso(parts, [ID_FIELD]);
    leaveOutOfXmlList(parts, [ID_FIELD, WEBSITE_ACCESS_FIELD]);
  },
};
