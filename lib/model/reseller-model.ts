import { loadOperations } from '../contracts/load.ts';
import type { Operation, Parameter } from '../contracts/types.ts';
import type { ListingMismatch } from './listing-mismatch.ts';
import type { ModelCustomer } from './model-customer.ts';
import { groupParameters, subjectValue, valuesOf, type ParameterValues } from '../contracts/parameter-values.ts';
import { predict, type Breakage, type Credentials, type ModelState } from './predict.ts';
import type { Prediction } from './prediction.ts';

/**
 * A pure model of one reseller's customers, driven by the contracts' `effect` data: what each
 * operation may answer in the current state (`predict`) and what a success changes (`apply`).
 */
export class ResellerModel {
  readonly customers = new Map<string, ModelCustomer>();
  /** Usernames this model created: held, or reserved after delete (D20). */
  private readonly reserved = new Set<string>();
  /** Usernames renamed away: whether the old name stays reserved is not documented. */
  private readonly released = new Set<string>();
  /** Usernames a rename gave. */
  private readonly renamedTo = new Set<string>();
  /** Usernames whose listing a list contradicted (`forget`): the model no longer knows whether they are listed. */
  private readonly unknown = new Set<string>();

  /** What the model knows of who is a customer and which usernames are held. */
  readonly state: ModelState = {
    isCustomer: (username) => this.customers.has(username),
    taken: (username) => (this.isReserved(username) ? 'yes' : this.released.has(username) ? 'maybe' : 'no'),
  };

  /**
   * A model holding the customers a list showed (undefined: not listed), with every field of theirs the contracts
   * name; a field beyond them, which the list envelope allows (an id, a timestamp), is none of the model's business.
   */
  static holding(shown: ReadonlyMap<string, Readonly<Record<string, string>> | undefined>): ResellerModel {
    const model = new ResellerModel();
    const fields = contractFields();
    for (const [username, entry] of shown) {
      if (!entry) continue;
      const listed = Object.fromEntries(Object.entries(entry).filter(([field]) => fields.has(field)));
      model.customers.set(username, { listed, listedIfShown: {}, unlisted: {} });
    }
    return model;
  }

  /** What a target may answer to `pairs`, built breaking `breaks` (none: a valid call) in the current state. */
  predict(
    operation: Operation,
    pairs: ReadonlyArray<readonly [string, string]>,
    breaks: readonly Breakage[] = [],
    credentials: Credentials = 'valid',
  ): Prediction {
    return predict(operation, pairs, breaks, this.state, credentials);
  }

  /** Applies the operation's effect: call it only when the target answered success. */
  apply(operation: Operation, pairs: ReadonlyArray<readonly [string, string]>): void {
    const values = groupParameters(pairs);
    const effect = operation.effect;
    const subjectName = subjectValue(operation, values);
    const customer = subjectName === undefined ? undefined : this.customers.get(subjectName);
    switch (effect.kind) {
      case 'none':
      case 'not-observable':
        return;
      case 'creates': {
        const created: ModelCustomer = { listed: {}, listedIfShown: {}, unlisted: {} };
        for (const parameter of valueParameters(operation)) store(created, parameter, firstValue(parameter, values));
        Object.assign(created.listed, effect.listed);
        if (!valueParameters(operation).some((parameter) => parameter.listedAs === 'username'))
          throw new Error(`${operation.id}: the contract lists no username parameter`);
        // Made without a username (a call that should have been refused): nothing the list could show.
        const username = created.listed['username'];
        if (username === undefined) return;
        this.customers.set(username, created);
        this.reserved.add(username);
        this.released.delete(username);
        return;
      }
      case 'deletes':
        if (subjectName !== undefined) this.customers.delete(subjectName);
        return;
      case 'sets':
        if (!customer) return;
        if (effect.observable) customer.listed[effect.field] = effect.value;
        else {
          delete customer.listed[effect.field];
          customer.listedIfShown[effect.field] = effect.value;
        }
        return;
      case 'updates':
        if (!customer) return;
        for (const parameter of valueParameters(operation)) {
          if (effect.fromParameters.includes(parameter.name)) store(customer, parameter, firstValue(parameter, values));
        }
        return;
      case 'renames': {
        const parameter = operation.parameters.find((candidate) => candidate.name === effect.parameter);
        const newName = parameter ? firstValue(parameter, values) : undefined;
        if (!customer || subjectName === undefined || parameter === undefined || newName === undefined) return;
        this.customers.delete(subjectName);
        store(customer, parameter, newName);
        this.customers.set(newName, customer);
        this.reserved.add(newName);
        this.released.delete(newName);
        this.renamedTo.add(newName);
        this.reserved.delete(subjectName);
        this.released.add(subjectName);
        this.renamedTo.delete(subjectName);
        return;
      }
    }
  }

  /**
   * Forgets what a list contradicted, so that a later comparison judges only what later calls do: each difference is
   * blamed once, where it first shows. A field that differed is no longer expected until a call sets it again; a
   * customer missing from the list, or listed unexpectedly, is no longer judged (`judges`) until a call names it
   * again. Nothing is taken from the list: a value that was only late (a stale list) must not become the expectation.
   */
  forget(mismatches: readonly ListingMismatch[]): void {
    for (const { username, problem, field } of mismatches) {
      if (problem === 'field differs' && field !== undefined) {
        const customer = this.customers.get(username);
        delete customer?.listed[field];
        delete customer?.listedIfShown[field];
      } else if (problem === 'not listed' || problem === 'listed but not expected') {
        this.customers.delete(username);
        this.unknown.add(username);
      }
    }
  }

  /** Whether a list's entry for `username` is the model's to judge: not after `forget` left it unknown. */
  judges(username: string): boolean {
    return this.customers.has(username) || !this.unknown.has(username);
  }

  /** Whether a call that sets a flag finds its subject's flag already at that value (a second call in a row). */
  alreadySet(operation: Operation, pairs: ReadonlyArray<readonly [string, string]>): boolean {
    const effect = operation.effect;
    if (effect.kind !== 'sets') return false;
    const name = subjectValue(operation, groupParameters(pairs));
    const customer = name === undefined ? undefined : this.customers.get(name);
    return (customer?.listed[effect.field] ?? customer?.listedIfShown[effect.field]) === effect.value;
  }

  /**
   * Where a call's subject comes from a rename: `new-name`, a customer's name a rename gave; `old-name`, a name a
   * rename left that nothing holds since. Undefined otherwise.
   */
  renameOf(operation: Operation, pairs: ReadonlyArray<readonly [string, string]>): 'new-name' | 'old-name' | undefined {
    const name = subjectValue(operation, groupParameters(pairs));
    if (name === undefined) return undefined;
    if (this.customers.has(name)) return this.renamedTo.has(name) ? 'new-name' : undefined;
    return this.released.has(name) ? 'old-name' : undefined;
  }

  private isReserved(username: string): boolean {
    return this.reserved.has(username) || this.customers.has(username);
  }
}

let contractFieldsCache: ReadonlySet<string> | undefined;

/**
 * The listed fields the contracts name: a parameter's `listedAs`, a create's fixed fields, a flag a call sets
 * (read once: every generated case seeds a model with them).
 */
export function contractFields(): ReadonlySet<string> {
  contractFieldsCache ??= collectContractFields();
  return contractFieldsCache;
}

function collectContractFields(): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const operation of loadOperations()) {
    for (const parameter of operation.parameters) if (parameter.listedAs !== undefined) fields.add(parameter.listedAs);
    const { effect } = operation;
    if (effect.kind === 'creates') for (const field of Object.keys(effect.listed)) fields.add(field);
    if (effect.kind === 'sets') fields.add(effect.field);
  }
  return fields;
}

function valueParameters(operation: Operation): Parameter[] {
  return operation.parameters.filter((parameter) => parameter.role === 'value');
}

function store(customer: ModelCustomer, parameter: Parameter, value: string | undefined): void {
  if (value === undefined || parameter.valueType === 'password') return;
  if (parameter.listedAs !== undefined) customer.listed[parameter.listedAs] = value;
  else customer.unlisted[parameter.name] = value;
}

function firstValue(parameter: Parameter, values: ParameterValues): string | undefined {
  return valuesOf(parameter, values)?.[0];
}
