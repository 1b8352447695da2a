import type { Reading } from './reading.ts';

export const xmlEmptyElementsSelfClosing: Reading = {
  name: 'xml-empty-elements-self-closing',
  description:
    'every XML element without content is self-closing: <address2/>, <phone/> for an empty value, <users/> for ' +
    'an empty list.',
  allows: ['retrieve.answer.empty-list', 'retrieve.answer.list-fields', 'api.format.xml'],
  install(parts) {
    parts.xmlStyle.selfClosingEmpty = () => true;
  },
};
