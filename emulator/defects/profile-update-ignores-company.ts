import type { Defect } from './defect.ts';

export const profileUpdateIgnoresCompany: Defect = {
  name: 'profile-update-ignores-company',
  description:
    'update_profile answers success but never stores company: the column is not listed, so nobody noticed it was left out of the update.',
  breaks: ['update_profile.effect.company-filtered'],
  install(parts) {
    const update = parts.operations.find((operation) => operation.id === 'update_profile');
    if (update?.effect.kind === 'updates')
      update.effect.fromParameters = update.effect.fromParameters.filter((name) => name !== 'company');
  },
};
