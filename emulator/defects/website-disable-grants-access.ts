import type { Defect } from './defect.ts';

export const websiteDisableGrantsAccess: Defect = {
  name: 'website-disable-grants-access',
  description:
    'website_disable leaves website access on: its handler was copied from website_enable and still writes "true".',
  breaks: ['website_disable.effect.website-access-listed'],
  install(parts) {
    const enable = parts.operations.find((operation) => operation.id === 'website_enable');
    const disable = parts.operations.find((operation) => operation.id === 'website_disable');
    if (enable?.effect.kind === 'sets' && disable?.effect.kind === 'sets') disable.effect.value = enable.effect.value;
  },
};
