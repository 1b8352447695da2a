import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Operation, OperationId, Requirement, RequirementRegister } from './types.ts';

export const CONTRACTS_DIR = fileURLToPath(new URL('../../contracts/', import.meta.url));

export function readContractJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(path.join(CONTRACTS_DIR, relativePath), 'utf8')) as T;
}

let operationsCache: Operation[] | undefined;

/** All operation contracts, in a stable order (file name). */
export function loadOperations(): Operation[] {
  operationsCache ??= readdirSync(path.join(CONTRACTS_DIR, 'operations'))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => readContractJson<Operation>(path.join('operations', file)));
  return operationsCache;
}

export function loadOperation(id: OperationId): Operation {
  const operation = loadOperations().find((candidate) => candidate.id === id);
  if (!operation) throw new Error(`No contract for operation "${id}" in contracts/operations/`);
  return operation;
}

let registerCache: Map<string, Requirement> | undefined;

export function loadRequirements(): Map<string, Requirement> {
  registerCache ??= new Map(
    readContractJson<RequirementRegister>('requirements.json').requirements.map((requirement) => [
      requirement.id,
      requirement,
    ]),
  );
  return registerCache;
}
