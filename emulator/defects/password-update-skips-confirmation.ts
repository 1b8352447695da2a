import type { Defect } from './defect.ts';

export const passwordUpdateSkipsConfirmation: Defect = {
  name: 'password-update-skips-confirmation',
  description: 'update_password never compares confirm_password with password.',
  breaks: ['update_password.confirm_password.matches-password'],
  install(parts) {
    const update = parts.operations.find((operation) => operation.id === 'update_password');
    const confirm = update?.parameters.find((parameter) => parameter.name === 'confirm_password');
    if (confirm)
      confirm.constraints = confirm.constraints.filter((constraint) => constraint.kind !== 'equalsParameter');
  },
};
