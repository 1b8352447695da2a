import type { Defect } from './defect.ts';

export const profileUpdateForgetsPhone: Defect = {
  name: 'profile-update-forgets-phone',
  description: 'update_profile answers success but never stores phone: the list of columns it updates lacks it.',
  breaks: ['update_profile.effect.fields-changed'],
  install(parts) {
    const update = parts.operations.find((operation) => operation.id === 'update_profile');
    if (update?.effect.kind === 'updates')
      update.effect.fromParameters = update.effect.fromParameters.filter((name) => name !== 'phone');
  },
};
