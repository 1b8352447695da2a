import type { Defect } from '../defect.ts';
import { fieldOf } from '../../effects/values.ts';
import { trackCallers, validateOf } from './support.ts';

export const refusedProfileUpdatePartlyApplied: Defect = {
  name: 'independent-refused-profile-update-partly-applied',
  description:
    "A profile update writes field by field in the table's order and stops at the first value that is too long: it " +
    'answers the error, but the fields before it are already changed.',
  breaks: ['update_profile.refusal.no-effect'],
  install(parts) {
    const callerOf = trackCallers(parts);
    validateOf(parts, 'update_profile', (operation, values, context, clean) => {
      const violations = clean(operation, values, context);
      const caller = callerOf(context);
      const customer = caller?.reseller.customers.get(values.get('user')?.[0] ?? '');
      if (violations.length === 0 || !customer || violations.some((violation) => violation.kind !== 'maxLength'))
        return violations;
      for (const parameter of operation.parameters) {
        if (parameter.role !== 'value') continue;
        if (violations.some((violation) => violation.parameter === parameter.name)) break;
        const value = values.get(parameter.name)?.[0];
        if (value) customer.fields.set(fieldOf(parameter), value);
      }
      return violations;
    });
  },
};
