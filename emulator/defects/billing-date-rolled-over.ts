import type { Defect } from './defect.ts';

const DIGIT_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

export const billingDateRolledOver: Defect = {
  name: 'billing-date-rolled-over',
  description:
    'billing_date is parsed leniently: an impossible date rolls over to a real one (April 31 -> May 1, February 30 -> March 1/2, month 13 -> January) and only that date is checked against the billing cycle.',
  breaks: ['create.billing_date.format'],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) => {
      const digits = DIGIT_PARTS.exec(values.get('billing_date')?.[0] ?? '');
      if (!digits) return validate(operation, values, context);
      // new Date(year, monthIndex, day) as a lenient parser calls it: out-of-range parts carry over.
      const rolled = new Date(Date.UTC(Number(digits[1]), Number(digits[2]) - 1, Number(digits[3])))
        .toISOString()
        .slice(0, 10);
      return validate(operation, new Map([...values, ['billing_date', [rolled]]]), context);
    };
  },
};
