import type { Defect } from './defect.ts';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export const billingDateCalendarUnchecked: Defect = {
  name: 'billing-date-calendar-unchecked',
  description: 'billing_date is checked only for the YYYY-mm-dd shape: month 13 or February 30 are accepted.',
  breaks: ['create.billing_date.format'],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) =>
      validate(operation, values, context).filter(
        (violation) =>
          !(
            violation.kind === 'format' &&
            violation.parameter === 'billing_date' &&
            DATE_SHAPE.test(values.get('billing_date')?.[0] ?? '')
          ),
      );
  },
};
