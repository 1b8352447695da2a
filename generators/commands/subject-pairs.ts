import type { Operation } from '../../lib/contracts/types.ts';

/** The subject parameter under its name and every alias, same value (D1). */
export function subjectPairs(operation: Operation, username: string): Array<[string, string]> {
  const subject = operation.parameters.find((parameter) => parameter.role === 'subject');
  if (!subject) throw new Error(`${operation.id} has no subject parameter`);
  return [subject.name, ...(subject.aliases ?? [])].map((name): [string, string] => [name, username]);
}
