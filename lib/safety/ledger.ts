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

interface Creator {
  /** Fixed selectors (name, allowed values) that pick the operation on a shared endpoint. */
  selectors: Array<{ name: string; values?: string[] }>;
  /** Parameters whose value becomes a username. */
  names: string[];
}

let creatorsByEndpoint: Map<string, Creator[]> | undefined;

/** Per endpoint, the operations that take a new username, read once from the contracts. */
function creatorsOf(endpoint: string): Creator[] {
  creatorsByEndpoint ??= loadOperations().reduce((byEndpoint, operation) => {
    const names = operation.parameters
      .filter((parameter) => parameter.role === 'value' && parameter.valueType === 'username')
      .map((parameter) => parameter.name);
    const selectors = operation.parameters
      .filter((parameter) => parameter.role === 'selector')
      .map((selector) => {
        const oneOf = selector.constraints.find((constraint) => constraint.kind === 'oneOf') as
          { values: string[] } | undefined;
        return { name: selector.name, ...(oneOf ? { values: oneOf.values } : {}) };
      });
    return byEndpoint.set(operation.endpoint, [...(byEndpoint.get(operation.endpoint) ?? []), { selectors, names }]);
  }, new Map<string, Creator[]>());
  return creatorsByEndpoint.get(endpoint) ?? [];
}

/**
 * The usernames a call may bring into existence: the new-username value of every operation that
 * takes one (create, setUsername), matched by endpoint and fixed selectors, as the contracts say.
 */
export function namesCreatedBy(request: Request): string[] {
  const names: string[] = [];
  for (const { selectors, names: valueNames } of creatorsOf(request.endpoint)) {
    const selected = selectors.every(({ name, values }) => {
      const sent = request.params.find(([parameter]) => parameter === name)?.[1];
      return values === undefined || (sent !== undefined && values.includes(sent));
    });
    if (!selected) continue;
    for (const [name, value] of request.params) if (valueNames.includes(name) && value !== '') names.push(value);
  }
  return [...new Set(names)];
}

const ledgerDirectories = new Set<string>();

/** Appends, synchronously (any worker, any moment), the names a request may create before it is sent. */
export function recordSend(file: string, request: Request): void {
  const names = namesCreatedBy(request);
  if (names.length === 0) return;
  const apiUser = request.params.find(([name]) => name === 'api_user')?.[1] ?? '';
  const directory = path.dirname(file);
  if (!ledgerDirectories.has(directory)) {
    mkdirSync(directory, { recursive: true });
    ledgerDirectories.add(directory);
  }
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
