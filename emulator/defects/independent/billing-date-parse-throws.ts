import type { Defect } from '../defect.ts';
import { validateOf } from './support.ts';

export const billingDateParseThrows: Defect = {
  name: 'independent-billing-date-parse-throws',
  description:
    'create parses billing_date with new Date(value).toISOString() before validating it: text that is no date at all ' +
    '("abcd-ef-gh", "soon") throws and is answered 500.',
  breaks: ['api.status.no-5xx', 'create.billing_date.format'],
  install(parts) {
    validateOf(parts, 'create', (operation, values, context, clean) => {
      const date = values.get('billing_date')?.[0];
      if (date) new Date(date).toISOString(); // RangeError: Invalid time value
      return clean(operation, values, context);
    });
  },
};
