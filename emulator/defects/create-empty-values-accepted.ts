import type { Defect } from './defect.ts';

export const createEmptyValuesAccepted: Defect = {
  name: 'create-empty-values-accepted',
  description:
    'create takes a required parameter sent empty (first_name=) as present: presence is checked by key, not by value.',
  breaks: [
    'create.username.non-empty',
    'create.password.non-empty',
    'create.confirm_password.non-empty',
    'create.email.non-empty',
    'create.first_name.non-empty',
    'create.last_name.non-empty',
    'create.address.non-empty',
    'create.city.non-empty',
    'create.state.non-empty',
    'create.zip.non-empty',
    'create.country.non-empty',
    'create.phone.non-empty',
    'create.website.non-empty',
  ],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) =>
      validate(operation, values, context).filter(
        (violation) => !(operation.id === 'create' && violation.kind === 'empty'),
      );
  },
};
