import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { jsonBody } from '../answers/json-writer.ts';
import type { Emulator } from '../emulator.ts';
import { snapshotOf, storeFromSnapshot } from '../state/snapshot.ts';

interface Fixture {
  customers: Array<{
    reseller?: string;
    parameters: Record<string, string | string[]>;
    active?: boolean;
    websiteAccess?: boolean;
  }>;
}

const SCHEMA = JSON.parse(readFileSync(new URL('./fixture.schema.json', import.meta.url), 'utf8')) as object;
let validateFixture: ReturnType<Ajv2020['compile']> | undefined;

export class FixtureRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`fixture refused, nothing was loaded: ${problems.join('; ')}`);
  }
}

/**
 * Creates the fixture's customers through the emulator's own create operation (its contract's rules,
 * the switched-on defects), then applies `active` / `websiteAccess`. All or nothing: on any refusal
 * the customers stay as they were and every problem is named. Returns how many were created.
 */
export function loadFixture(emulator: Emulator, data: unknown): number {
  validateFixture ??= new Ajv2020({ allErrors: true }).compile(SCHEMA);
  if (!validateFixture(data)) {
    throw new FixtureRefused(
      (validateFixture.errors ?? [])
        .slice(0, 10)
        .map((error) => `${error.instancePath || '/'} ${error.message ?? 'is not valid'}`),
    );
  }
  const create = emulator.parts.operations.find((operation) => operation.effect.kind === 'creates');
  if (!create) throw new FixtureRefused(['the contracts have no create operation']);
  const { customers } = data as Fixture;
  const before = emulator.store;
  emulator.store = storeFromSnapshot(before, snapshotOf(before));
  const problems: string[] = [];
  const defaultReseller = before.resellers.keys().next().value;
  customers.forEach((entry, index) => {
    const apiUser = entry.reseller ?? defaultReseller ?? '';
    const reseller = emulator.store.resellers.get(apiUser);
    const username = entry.parameters['username'];
    const label = `customers[${index}]${typeof username === 'string' ? ` (${username})` : ''}`;
    if (!reseller) {
      problems.push(`${label}: reseller "${apiUser}" is not an account of this profile`);
      return;
    }
    const pairs: Array<[string, string]> = [
      ['api_user', reseller.apiUser],
      ['api_key', reseller.apiKey],
      ...Object.entries(create.selectors),
    ];
    for (const [name, value] of Object.entries(entry.parameters)) {
      if (Array.isArray(value)) for (const item of value) pairs.push([name.endsWith('[]') ? name : `${name}[]`, item]);
      else pairs.push([name, value]);
    }
    const answer = emulator.handleNow({ endpoint: create.endpoint, format: 'json' }, 'POST', pairs);
    if (answer.kind !== 'success') {
      problems.push(`${label}: create answered ${JSON.stringify(jsonBody(answer))}`);
      return;
    }
    const customer = reseller.customers.get(String(entry.parameters['username']));
    if (entry.active === false) setAsBy(emulator, 'disable', customer?.fields);
    if (entry.websiteAccess === false) setAsBy(emulator, 'website_disable', customer?.fields);
  });
  if (problems.length > 0) {
    emulator.store = before;
    throw new FixtureRefused(problems.slice(0, 20));
  }
  return customers.length;
}

/** Sets the field the way the operation's contract says its effect does. */
function setAsBy(emulator: Emulator, operationId: string, fields: Map<string, string> | undefined): void {
  const effect = emulator.parts.operations.find((operation) => operation.id === operationId)?.effect;
  if (effect?.kind === 'sets') fields?.set(effect.field, effect.value);
}
