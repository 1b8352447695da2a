import { WEBSITE_ACCESS_FIELD } from '../operations/list-fields.ts';
import type { Reading } from './reading.ts';

export const websiteAccessNotListed: Reading = {
  name: 'website-access-not-listed',
  description:
    'list entries do not carry website_access: website access cannot be read back, as the documented list has no such field (D22).',
  allows: ['website_enable.effect.website-access-listed', 'website_disable.effect.website-access-listed'],
  install(parts) {
    const list = parts.effects.none;
    parts.effects.none = (call) =>
      list({ ...call, listFields: call.listFields.filter((field) => field !== WEBSITE_ACCESS_FIELD) });
  },
};
