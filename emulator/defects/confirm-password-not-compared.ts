import type { Defect } from './defect.ts';

export const confirmPasswordNotCompared: Defect = {
  name: 'confirm-password-not-compared',
  description:
    'create never compares confirm_password with password: the comparison rule is lost when the validation data is derived.',
  breaks: ['create.confirm_password.matches-password'],
  install(parts) {
    const create = parts.operations.find((operation) => operation.id === 'create');
    const confirm = create?.parameters.find((parameter) => parameter.name === 'confirm_password');
    if (confirm)
      confirm.constraints = confirm.constraints.filter((constraint) => constraint.kind !== 'equalsParameter');
  },
};
