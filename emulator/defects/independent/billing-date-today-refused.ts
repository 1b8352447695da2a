import type { Defect } from '../defect.ts';
import { extraViolation, validateOf } from './support.ts';

export const billingDateTodayRefused: Defect = {
  name: 'independent-billing-date-today-refused',
  description:
    'create refuses billing_date equal to today: "if the anniversary is on a different date ... specify it" was read ' +
    'as "must differ from today".',
  breaks: ['create.billing_date.within-billing-cycle'],
  install(parts) {
    validateOf(parts, 'create', (operation, values, context, clean) => {
      const violations = clean(operation, values, context);
      if (values.get('billing_date')?.[0] === context.today) {
        violations.push(
          extraViolation(
            operation,
            'billing_date',
            'withinBillingCycle',
            'Billing date must be a different date from today',
            'create.billing_date.within-billing-cycle',
          ),
        );
      }
      return violations;
    });
  },
};
