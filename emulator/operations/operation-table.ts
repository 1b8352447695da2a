import type { Endpoint, Operation } from '../../lib/contracts/types.ts';
import { prepareOperation, type PreparedOperation } from './prepared-operation.ts';
import { SELECTOR_ALIASES } from './selector-aliases.ts';

export type Selection = { found: true; prepared: PreparedOperation } | { found: false; errors: string[] };

/** Chooses the operation of a call from its endpoint and selector parameters (`method`, `task`). */
export class OperationTable {
  readonly endpoints: ReadonlySet<string>;
  private readonly byEndpoint = new Map<string, PreparedOperation[]>();
  private readonly selectorNames = new Map<string, string[]>();

  constructor(operations: Operation[]) {
    for (const operation of operations) {
      const variants = [operation.selectors, ...(SELECTOR_ALIASES[operation.id] ?? [])];
      for (const selectors of variants) {
        const candidates = this.byEndpoint.get(operation.endpoint) ?? [];
        candidates.push(prepareOperation(operation, selectors));
        this.byEndpoint.set(operation.endpoint, candidates);
      }
    }
    for (const [endpoint, candidates] of this.byEndpoint) {
      // Most specific first: method=password&task=setEmail before method=password.
      candidates.sort((a, b) => b.selectors.length - a.selectors.length);
      this.selectorNames.set(endpoint, [
        ...new Set(candidates.flatMap((candidate) => candidate.selectors.map(([name]) => name))),
      ]);
    }
    this.endpoints = new Set(this.byEndpoint.keys());
  }

  select(endpoint: Endpoint, values: ReadonlyMap<string, readonly string[]>): Selection {
    const candidates = this.byEndpoint.get(endpoint) ?? [];
    const prepared = candidates.find((candidate) =>
      candidate.selectors.every(([name, value]) => values.get(name)?.[0] === value),
    );
    if (prepared) return { found: true, prepared };
    const errors = (this.selectorNames.get(endpoint) ?? []).map((name) => {
      const sent = values.get(name)?.[0];
      return sent === undefined || sent === '' ? `${name} is required` : `Unknown ${name} "${sent}"`;
    });
    return { found: false, errors: errors.length > 0 ? errors : ['Unknown call'] };
  }
}
