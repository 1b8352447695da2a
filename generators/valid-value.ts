import fc from 'fast-check';
import type { Operation, Parameter } from '../lib/contracts/types.ts';
import { accountItems } from './account-items.ts';
import { asciiText } from './ascii-text.ts';
import { billingDate } from './billing-date.ts';
import { API_KEY, API_USER, customerPlaceholder, type GeneratorContext } from './case.ts';
import { emailAddress } from './email-address.ts';
import { freeText } from './free-text.ts';
import { freshUsername } from './fresh-username.ts';
import { constraintOf } from '../lib/contracts/limits.ts';
import { maxLengthOf } from './parameter-limits.ts';
import { password } from './password.ts';

/**
 * The values a valid call sends under one parameter (several for a repeated key, none allowed for
 * those); with `atLimits`, a value with a length limit sits exactly on it.
 */
export function validValue(
  operation: Operation,
  parameter: Parameter,
  context: GeneratorContext,
  atLimits = false,
): fc.Arbitrary<string[]> {
  const one = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((value) => [value]);
  if (parameter.role === 'credential') return fc.constant([parameter.name === 'api_key' ? API_KEY : API_USER]);
  if (parameter.role === 'selector') return fc.constant([selectorValue(operation, parameter)]);
  if (parameter.role === 'subject') return fc.constant([customerPlaceholder(1)]);
  const oneOf = constraintOf(parameter, 'oneOf');
  if (oneOf) return one(fc.constantFrom(...oneOf.values));
  const owned = constraintOf(parameter, 'ownedBy');
  if (owned) return accountItems(context.account[owned.collection], parameter.repeated === true);
  switch (parameter.valueType) {
    case 'username':
      return one(freshUsername(context.namePrefix, maxLengthOf(parameter), atLimits));
    case 'email':
      return one(emailAddress(maxLengthOf(parameter), atLimits));
    case 'password':
      return one(password(constraintOf(parameter, 'minLength')?.value ?? 1, atLimits));
    case 'date':
      return one(billingDate(context.today));
    case 'boolean':
      return one(fc.constantFrom('true', 'false'));
    default:
      return one(
        atLimits && constraintOf(parameter, 'maxLength')
          ? asciiText(maxLengthOf(parameter))
          : freeText(maxLengthOf(parameter)),
      );
  }
}

export function selectorValue(operation: Operation, parameter: Parameter): string {
  const value = operation.selectors[parameter.name];
  if (value === undefined)
    throw new Error(`${operation.id}: selector parameter ${parameter.name} has no value in "selectors"`);
  return value;
}
