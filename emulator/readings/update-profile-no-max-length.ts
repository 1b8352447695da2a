import type { Reading } from './reading.ts';

export const updateProfileNoMaxLength: Reading = {
  name: 'update-profile-no-max-length',
  description:
    "update_profile takes values of any length, as its table states no limit (create's limits are not applied to " +
    'the update).',
  allows: [
    'update_profile.first_name.max-length',
    'update_profile.last_name.max-length',
    'update_profile.address.max-length',
    'update_profile.city.max-length',
    'update_profile.state.max-length',
    'update_profile.country.max-length',
    'update_profile.zip.max-length',
    'update_profile.phone.max-length',
    'update_profile.website.max-length',
    'update_profile.company.max-length',
  ],
  install(parts) {
    // The limits the contract leaves to the target (enforcement "either").
    for (const parameter of parts.operations.find((operation) => operation.id === 'update_profile')?.parameters ?? []) {
      parameter.constraints = parameter.constraints.filter(
        (constraint) => !(constraint.kind === 'maxLength' && constraint.enforcement === 'either'),
      );
    }
  },
};
