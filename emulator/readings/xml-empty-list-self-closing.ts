import type { Reading } from './reading.ts';

export const xmlEmptyListSelfClosing: Reading = {
  name: 'xml-empty-list-self-closing',
  description: 'an empty XML list is <users/> instead of <users></users> (D23).',
  allows: ['retrieve.answer.empty-list'],
  install(parts) {
    const before = parts.xmlStyle.selfClosingEmpty;
    parts.xmlStyle.selfClosingEmpty = (name) => name === 'users' || (before?.(name) ?? false);
  },
};
