import type { Reading } from './reading.ts';

export const jsonContentTypeCharset: Reading = {
  name: 'json-content-type-charset',
  description: 'JSON answers are labelled "application/json; charset=utf-8" (with a charset parameter).',
  allows: ['api.format.json', 'json.utf8'],
  install(parts) {
    parts.jsonContentType = 'application/json; charset=utf-8';
  },
};
