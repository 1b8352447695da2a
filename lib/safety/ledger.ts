import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadOperations } from '../contracts/load.ts';
import type { Request } from '../client/exchange.ts';

export const SAFETY_DIR = '.conformance';

export interface LedgerEntry {
  /** The reseller that sent the call (its api_user; never the key). */
  apiUser: string;
  username: string;
  endpoint: string;
}

export function ledgerPath(runId: string, root = process.cwd()): string {
  return path.join(root, SAFETY_DIR, `ledger-${runId}.jsonl`);
}

/**
 * The usernames a call may bring into existence: the new-username value of every operation that
 * takes one (create, setUsername), matched by endpoint and fixed selectors, as the contracts say.
 */
export function namesCreatedBy(request: Request): string[] {
  const names: string[] = [];
  for (const operation of loadOperations()) {
    if (operation.endpoint !== request.endpoint) continue;
    const selectors = operation.parameters.filter((parameter) => parameter.role === 'selector');
    const selected = selectors.every((selector) => {
      const oneOf = selector.constraints.find((constraint) => constraint.kind === 'oneOf') as
        { values: string[] } | undefined;
      const sent = request.params.find(([name]) => name === selector.name)?.[1];
      return oneOf === undefined || (sent !== undefined && oneOf.values.includes(sent));
    });
    if (!selected) continue;
    for (const parameter of operation.parameters) {
      if (parameter.role !== 'value' || parameter.valueType !== 'username') continue;
      for (const [name, value] of request.params) if (name === parameter.name && value !== '') names.push(value);
    }
  }
  return [...new Set(names)];
}

/** Appends, synchronously (any worker, any moment), the names a request may create before it is sent. */
export function recordSend(file: string, request: Request): void {
  const names = namesCreatedBy(request);
  if (names.length === 0) return;
  const apiUser = request.params.find(([name]) => name === 'api_user')?.[1] ?? '';
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(
    file,
    names
      .map((username) => `${JSON.stringify({ apiUser, username, endpoint: request.endpoint } satisfies LedgerEntry)}\n`)
      .join(''),
  );
}

export function readLedger(file: string): LedgerEntry[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as LedgerEntry];
      } catch {
        return []; // a line cut short by a killed worker
      }
    });
}
