import { dropConstraint } from './constraint-of.ts';
import type { Defect } from './defect.ts';

export const billingCycleUnchecked: Defect = {
  name: 'billing-cycle-unchecked',
  description:
    'create accepts a billing_date months ahead: only the date format is checked, not "within one billing cycle".',
  breaks: ['create.billing_date.within-billing-cycle'],
  install(parts) {
    dropConstraint(parts.operations, 'create', 'billing_date', 'withinBillingCycle');
  },
};
