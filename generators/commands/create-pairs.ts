import { loadOperation } from '../../lib/contracts/load.ts';
import type { Account, Parameter } from '../../lib/contracts/types.ts';

const create = loadOperation('create');

/**
 * The parameters every create sends: required and ambiguous ones (D3: valid cases always send
 * company, package and whitelabel). Optional ones (ip[], ip_group[], free_user, billing_date) are
 * the validation specs' concern.
 */
export const createParameters: Parameter[] = create.parameters.filter(
  (parameter) =>
    parameter.role === 'value' && (parameter.presence === 'required' || parameter.presence === 'ambiguous'),
);

/** The free-text parameters among them, in contract order. */
export const createTextParameters: string[] = createParameters
  .filter((parameter) => parameter.valueType === 'text')
  .map((parameter) => parameter.name);

export interface CreateValues {
  username: string;
  email: string;
  password: string;
  confirmPassword: string;
  /** Value of a free-text parameter by name. */
  text(name: string): string;
}

/** A create's pairs in contract order; package and whitelabel are the account's first. */
export function createPairs(account: Account, values: CreateValues): Array<[string, string]> {
  return createParameters.map((parameter): [string, string] => [parameter.name, valueOf(parameter, account, values)]);
}

function valueOf(parameter: Parameter, account: Account, values: CreateValues): string {
  if (parameter.valueType === 'username') return values.username;
  if (parameter.valueType === 'email') return values.email;
  if (parameter.name === 'confirm_password') return values.confirmPassword;
  if (parameter.valueType === 'password') return values.password;
  if (parameter.valueType === 'account-item') {
    const owned = parameter.constraints.find((constraint) => constraint.kind === 'ownedBy');
    const item = owned?.kind === 'ownedBy' ? account[owned.collection][0] : undefined;
    if (item === undefined) throw new Error(`the profile's account has nothing to send as ${parameter.name}`);
    return item;
  }
  return values.text(parameter.name);
}
