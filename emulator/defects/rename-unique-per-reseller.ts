import type { Defect } from './defect.ts';

export const renameUniquePerReseller: Defect = {
  name: 'rename-unique-per-reseller',
  description:
    "update_username checks the new username only against the caller's own customers: a name another reseller's " +
    'customer holds is taken again.',
  breaks: ['tenant.update_username.username-held'],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) =>
      validate(
        operation,
        values,
        operation.id === 'update_username'
          ? { ...context, isTaken: (username) => context.isRegisteredCustomer(username) }
          : context,
      );
  },
};
