import type { ConstraintKind } from '../contracts/types.ts';
import { domainNotSendGrid } from './domainNotSendGrid.ts';
import { equalsParameter } from './equalsParameter.ts';
import { format } from './format.ts';
import { maxLength } from './maxLength.ts';
import { minLength } from './minLength.ts';
import { notTaken } from './notTaken.ts';
import { oneOf } from './oneOf.ts';
import { ownedBy } from './ownedBy.ts';
import { registeredCustomer } from './registeredCustomer.ts';
import type { Rule } from './types.ts';
import { withinBillingCycle } from './withinBillingCycle.ts';

/** The rule of every constraint kind of the contract format. */
export const rules: { [K in ConstraintKind]: Rule<K> } = {
  maxLength,
  minLength,
  format,
  oneOf,
  equalsParameter,
  withinBillingCycle,
  ownedBy,
  notTaken,
  domainNotSendGrid,
  registeredCustomer,
};
