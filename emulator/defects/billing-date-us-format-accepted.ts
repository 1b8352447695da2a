import type { Defect } from './defect.ts';

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/;

export const billingDateUsFormatAccepted: Defect = {
  name: 'billing-date-us-format-accepted',
  description:
    'billing_date is also read as m/d/yy, the way the seeds\' example writes it (2/28/11), although the same cell says "Must be in YYYY-mm-dd format".',
  breaks: ['create.billing_date.format'],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) => {
      const us = US_DATE.exec(values.get('billing_date')?.[0] ?? '');
      if (!us) return validate(operation, values, context);
      const iso = `20${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
      return validate(operation, new Map([...values, ['billing_date', [iso]]]), context);
    };
  },
};
