import type { Defect } from './defect.ts';

export const xmlListRootCustomers: Defect = {
  name: 'xml-list-root-customers',
  description: 'the XML list is rooted at <customers> instead of <users>.',
  breaks: ['retrieve.answer.list-envelope'],
  install(parts) {
    const write = parts.writeXml;
    parts.writeXml = (answer) => {
      const bytes = write(answer);
      if (answer.kind !== 'customer-list') return bytes;
      return Buffer.from(bytes.toString('latin1').replace(/<(\/?)users>/g, '<$1customers>'), 'latin1');
    };
  },
};
