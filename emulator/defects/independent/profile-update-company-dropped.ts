import type { Defect } from '../defect.ts';

export const profileUpdateCompanyDropped: Defect = {
  name: 'independent-profile-update-company-dropped',
  description:
    'A profile update accepts company and answers success but never stores it (the column list was copied from the ' +
    'listed fields, and company is not listed): only the company filter shows it.',
  // The register's sharper ID (added with the company filter test) named beside the one first written.
  breaks: ['update_profile.effect.fields-changed', 'update_profile.effect.company-filtered'],
  install(parts) {
    const operation = parts.operations.find((candidate) => candidate.id === 'update_profile');
    if (operation?.effect.kind === 'updates')
      operation.effect.fromParameters = operation.effect.fromParameters.filter((name) => name !== 'company');
  },
};
