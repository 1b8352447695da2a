import type { Defect } from './defect.ts';

export const enableUnknownUserSucceeds: Defect = {
  name: 'enable-unknown-user-succeeds',
  description:
    'enable answers success for a user that is not a customer of the caller: the registration check is missing.',
  breaks: ['enable.user.registered', 'tenant.enable.foreign-customer'],
  install(parts) {
    const enable = parts.operations.find((operation) => operation.id === 'enable');
    for (const parameter of enable?.parameters ?? []) {
      parameter.constraints = parameter.constraints.filter((constraint) => constraint.kind !== 'registeredCustomer');
    }
  },
};
