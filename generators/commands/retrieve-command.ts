import fc from 'fast-check';
import { loadOperation } from '../../lib/contracts/load.ts';
import type { ModelRun } from './model-run.ts';
import { callStyle } from './call-style.ts';
import { OperationCommand } from './operation-command.ts';

const retrieve = loadOperation('retrieve');
const filters = retrieve.parameters.filter((parameter) => parameter.role === 'filter');

/**
 * A retrieve with some filters, their values taken from one of the model's customers at run time
 * (so the filters select something); without customers, no filters.
 */
export const retrieveCommand = fc
  .record({
    names: fc.uniqueArray(fc.constantFrom(...filters.map((filter) => filter.name)), { maxLength: 3 }),
    pick: fc.nat(20),
    style: callStyle,
  })
  .map(
    ({ names, pick, style }) =>
      new OperationCommand('retrieve', (run) => filterPairs(run, names, pick), [], style, `filters=${names.join(',')}`),
  );

function filterPairs(run: ModelRun, names: string[], pick: number): Array<[string, string]> {
  const customers = [...run.model.customers.values()];
  const customer = customers[pick % Math.max(1, customers.length)];
  if (!customer) return [];
  return names.flatMap((name): Array<[string, string]> => {
    const filter = filters.find((candidate) => candidate.name === name);
    const value = filter?.listedAs !== undefined ? customer.listed[filter.listedAs] : customer.unlisted[name];
    return value === undefined ? [] : [[name, value]];
  });
}
