import type { Operation } from '../../lib/contracts/types.ts';

/** Listed after the documented fields: the real service listed it too (D22). */
export const WEBSITE_ACCESS_FIELD = 'website_access';

/**
 * The fields of a retrieve list entry in the documented order: the keys of the contract's JSON
 * customer-list example, else the filters' list names; then website_access.
 */
export function listFields(operations: Operation[]): string[] {
  const retrieve = operations.find(
    (operation) => operation.effect.kind === 'none' && operation.answers.success === 'customer-list',
  );
  if (!retrieve) return [];
  const example = retrieve.examples
    .filter((candidate) => candidate.format === 'json')
    .flatMap((candidate) => candidate.answers)
    .find((answer) => answer.kind === 'customer-list');
  let documented: string[] = [];
  if (example) {
    const parsed = JSON.parse(example.body) as Array<Record<string, unknown>>;
    documented = Object.keys(parsed[0] ?? {});
  }
  if (documented.length === 0) {
    documented = retrieve.parameters.flatMap((parameter) =>
      parameter.role === 'filter' && parameter.listedAs ? [parameter.listedAs] : [],
    );
  }
  return documented.includes(WEBSITE_ACCESS_FIELD) ? documented : [...documented, WEBSITE_ACCESS_FIELD];
}
