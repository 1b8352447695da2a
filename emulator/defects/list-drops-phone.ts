import type { Defect } from './defect.ts';

export const listDropsPhone: Defect = {
  name: 'list-drops-phone',
  description: 'retrieve lists customers without their phone: the query selects every documented column but that one.',
  breaks: ['retrieve.answer.list-fields'],
  install(parts) {
    const list = parts.effects.none;
    parts.effects.none = (call) => list({ ...call, listFields: call.listFields.filter((field) => field !== 'phone') });
  },
};
