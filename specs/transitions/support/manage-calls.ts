import { loadOperation, loadOperations } from '../../../lib/contracts/load.ts';
import type { OperationId } from '../../../lib/contracts/types.ts';
import { subjectPairs } from '../../../generators/commands/subject-pairs.ts';
import type { Scenario } from './scenario.ts';
import type { UniqueNames } from './unique-names.ts';

/**
 * Every operation that names an existing customer (a subject parameter), delete last: a delete that
 * wrongly went through would leave the calls after it nothing to act on.
 */
export const subjectOperations: OperationId[] = loadOperations()
  .filter((operation) => operation.parameters.some((parameter) => parameter.role === 'subject'))
  .map((operation) => operation.id)
  .sort((a, b) => Number(a === 'delete') - Number(b === 'delete'));

/** A call of `operationId` on `username` that is valid apart from who may act on the customer. */
export function validCallOn(operationId: OperationId, username: string, names: UniqueNames): Array<[string, string]> {
  const subject = subjectPairs(loadOperation(operationId), username);
  switch (operationId) {
    case 'update_profile':
      return [...subject, ['city', names.text('city', operationId)]];
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

/**
 * Calls every operation that names a customer on `username` through `s`, each to be answered as for
 * an unknown user; `after` runs after each call.
 */
export async function refusedAsUnknown(
  s: Scenario,
  username: () => string,
  names: UniqueNames,
  requirementOf: (operationId: OperationId) => string,
  documentedOf: (operationId: OperationId) => string,
  after?: (operationId: OperationId) => Promise<unknown>,
): Promise<void> {
  for (const operationId of subjectOperations) {
    const contract = loadOperation(operationId);
    await s.refused(
      operationId,
      validCallOn(operationId, username(), names),
      contract.answers.unknownUser ?? contract.answers.refusal,
      requirementOf(operationId),
      documentedOf(operationId),
    );
    await after?.(operationId);
  }
}
