import { loadOperation } from '../../../lib/contracts/load.ts';
import type { OperationId } from '../../../lib/contracts/types.ts';
import { subjectPairs } from '../../../generators/commands/subject-pairs.ts';
import type { UniqueNames } from './unique-names.ts';

/** Every operation that names an existing customer. */
export const subjectOperations: OperationId[] = [
  'enable',
  'disable',
  'website_enable',
  'website_disable',
  'update_profile',
  'update_password',
  'update_username',
  'update_email',
  'delete',
];

/** A call of `operationId` on `username` that is valid apart from who may act on the customer. */
export function validCallOn(operationId: OperationId, username: string, names: UniqueNames): Array<[string, string]> {
  const subject = subjectPairs(loadOperation(operationId), username);
  switch (operationId) {
    case 'update_profile':
      return [...subject, ['city', names.text('city')]];
    case 'update_password': {
      const password = names.password();
      return [...subject, ['password', password], ['confirm_password', password]];
    }
    case 'update_username':
      return [...subject, ['username', names.username()]];
    case 'update_email':
      return [...subject, ['email', names.email()]];
    default:
      return subject;
  }
}
