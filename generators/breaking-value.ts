import fc from 'fast-check';
import { limitOf } from '../lib/contracts/limits.ts';
import type { Constraint, Operation, Parameter } from '../lib/contracts/types.ts';
import { asciiText } from './ascii-text.ts';
import { brokenDate } from './broken-date.ts';
import { brokenEmail } from './broken-email.ts';
import { brokenIpv4 } from './broken-ipv4.ts';
import { customerPlaceholder, customerWithoutAtPlaceholder, FRESH_SLOT, type GeneratorContext } from './case.ts';
import { emailAddress } from './email-address.ts';
import { freshUsername } from './fresh-username.ts';
import { lateBillingDate } from './late-billing-date.ts';
import { outsideOneOf } from './outside-one-of.ts';
import { sendgridUsername } from './sendgrid-username.ts';
import { unownedItem } from './unowned-item.ts';

/** Longest username the suite ever creates: create's limit (D4). */
const USERNAME_LIMIT = limitOf('create', 'username', 'maxLength');

/**
 * Whether the value breaking `constraint` still belongs to the parameter's set (owned items,
 * registered customers): a subject's format is broken by a live customer whose username is no email.
 */
export function breaksWithinSet(parameter: Parameter, constraint: Constraint): boolean {
  return parameter.role === 'subject' && constraint.kind === 'format';
}

/**
 * A value that breaks `constraint` of `parameter`; undefined where no value can (a minimum of one
 * character is the non-empty rule's concern; equality with another parameter is built by the case).
 */
export function breakingValue(
  operation: Operation,
  parameter: Parameter,
  constraint: Constraint,
  context: GeneratorContext,
): fc.Arbitrary<string> | undefined {
  const isName = parameter.valueType === 'username';
  switch (constraint.kind) {
    case 'maxLength': {
      const length = constraint.value + 1;
      if (isName) return freshUsername(context.namePrefix, length, true);
      if (parameter.valueType === 'email') return emailAddress(length).filter((value) => value.length === length);
      return asciiText(length);
    }
    case 'minLength':
      return constraint.value > 1 ? asciiText(constraint.value - 1) : undefined;
    case 'format':
      if (breaksWithinSet(parameter, constraint)) return fc.constant(customerWithoutAtPlaceholder(1));
      if (constraint.format === 'email') return brokenEmail(isName ? `${context.namePrefix}${FRESH_SLOT}` : 'someone');
      return constraint.format === 'date' ? brokenDate(context.today) : brokenIpv4;
    case 'oneOf':
      return outsideOneOf(constraint.values);
    case 'withinBillingCycle':
      return lateBillingDate(context.today);
    case 'ownedBy':
      return unownedItem(constraint.collection, context.account, context.foreignAccount);
    case 'notTaken': {
      const hasSubject = operation.parameters.some((candidate) => candidate.role === 'subject');
      return fc.constant(customerPlaceholder(hasSubject ? 2 : 1));
    }
    case 'domainNotSendGrid':
      return sendgridUsername(context.namePrefix);
    case 'registeredCustomer':
      return freshUsername(context.namePrefix, USERNAME_LIMIT);
    case 'equalsParameter':
      return undefined;
  }
}
