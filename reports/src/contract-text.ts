import type { Constraint, Effect, Operation, Parameter } from '../../lib/contracts/types.ts';

/** Readable one-line forms of contract data, shared by the reference docs and the OpenAPI export. */
export function constraintText(constraint: Constraint): string {
  const rule = ((): string => {
    switch (constraint.kind) {
      case 'maxLength':
        return `at most ${constraint.value} characters (code points)`;
      case 'minLength':
        return `at least ${constraint.value} characters (code points)`;
      case 'format':
        return `${constraint.format} format`;
      case 'oneOf':
        return `one of ${constraint.values.map((v) => `"${v}"`).join(', ')}`;
      case 'equalsParameter':
        return `equal to ${constraint.parameter}`;
      case 'withinBillingCycle':
        return 'within one billing cycle from today';
      case 'ownedBy':
        return `one of the reseller's ${constraint.collection}`;
      case 'notTaken':
        return 'not taken by any customer (live or deleted)';
      case 'domainNotSendGrid':
        return 'domain does not contain sendgrid.com';
      case 'registeredCustomer':
        return 'names a live customer of the reseller';
    }
  })();
  const either = constraint.enforcement === 'either' ? ' (either: the documents do not decide)' : '';
  return `${rule} → ${constraint.refusing}${either}`;
}

export function parameterName(parameter: Parameter): string {
  return parameter.aliases?.length
    ? `${parameter.name} (also sent as ${parameter.aliases.join(', ')})`
    : parameter.name;
}

export function effectText(effect: Effect): string {
  switch (effect.kind) {
    case 'none':
      return 'no state change';
    case 'creates':
      return `creates a customer, listed with ${Object.entries(effect.listed)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`;
    case 'deletes':
      return 'removes the customer: no longer listed';
    case 'sets':
      return (
        `sets ${effect.field} to "${effect.value}"` + (effect.observable ? '' : ' (not observable through retrieve)')
      );
    case 'updates':
      return `updates the listed fields of ${effect.fromParameters.join(', ')}`;
    case 'renames':
      return `renames the customer to the value of ${effect.parameter}`;
    case 'not-observable':
      return `not observable: ${effect.reason}`;
  }
}

/** Path of an operation for a format, e.g. /apiv2/reseller.manage.json. */
export const operationPath = (operation: Operation, format: string): string => `/apiv2/${operation.endpoint}.${format}`;

/** Every requirement ID an operation's contract names. */
export function contractRequirementIds(operation: Operation): string[] {
  const ids = [
    ...operation.parameters.flatMap((p) => [
      p.missingRequirement,
      p.emptyRequirement,
      ...p.constraints.flatMap((c) => [c.refusing, c.accepting]),
    ]),
    ...('requirements' in operation.effect ? operation.effect.requirements : []),
    ...operation.requirements,
  ];
  return [...new Set(ids.filter((id): id is string => !!id))];
}
