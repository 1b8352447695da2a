import { loadOperation } from '../../../lib/contracts/load.ts';
import type { Account, AnswerKind, Format, OperationId, Verb } from '../../../lib/contracts/types.ts';
import { compareListing } from '../../../lib/model/compare-listing.ts';
import { describeMismatch, type ListingMismatch } from '../../../lib/model/listing-mismatch.ts';
import { ResellerModel } from '../../../lib/model/reseller-model.ts';
import { createPairs } from '../../../generators/commands/create-pairs.ts';
import { subjectPairs } from '../../../generators/commands/subject-pairs.ts';
import type { Answer } from './answer.ts';
import type { Caller, CustomerApi } from './customer-api.ts';
import type { Findings } from './findings.ts';
import type { UniqueNames } from './unique-names.ts';

/**
 * One test's view of one reseller in one format: calls, the model of the customers this test
 * created, and checks of what retrieve lists against that model.
 */
export class Scenario {
  constructor(
    readonly api: CustomerApi,
    readonly findings: Findings,
    readonly names: UniqueNames,
    readonly account: Account,
    readonly format: Format,
    readonly verb: Verb = 'GET',
    readonly caller: Caller = 'reseller',
    readonly model: ResellerModel = new ResellerModel(),
  ) {}

  /** The same reseller and customers (same model), reached in another format or verb. */
  via(format: Format, verb: Verb = this.verb): Scenario {
    return new Scenario(this.api, this.findings, this.names, this.account, format, verb, this.caller, this.model);
  }

  call(operationId: OperationId, pairs: Array<[string, string]>, accepted: AnswerKind[]): Promise<Answer> {
    return this.api.call(operationId, pairs, { format: this.format, verb: this.verb, caller: this.caller }, accepted);
  }

  /**
   * Creates a customer with unique values (text: `values` overrides, else the generated sample);
   * undefined (and a failure of create's accepting half, `create.valid.accepted`) when the target refused it.
   */
  async create(
    values: Partial<Record<string, string>> = {},
  ): Promise<{ username: string; pairs: Array<[string, string]> } | undefined> {
    const username = values['username'] ?? this.names.username();
    const pairs = this.createPairs(username, values);
    this.names.track(username);
    if (!(await this.succeeded('create', pairs, 'a create whose parameters meet every rule succeeds')))
      return undefined;
    this.model.apply(loadOperation('create'), pairs);
    return { username, pairs };
  }

  /** A valid create of `username` for this reseller: every other value new unless `values` names it. */
  createPairs(username: string, values: Partial<Record<string, string>> = {}): Array<[string, string]> {
    const password = values['password'] ?? this.names.password();
    return createPairs(this.account, {
      username,
      email: values['email'] ?? this.names.email(),
      password,
      confirmPassword: values['confirm_password'] ?? password,
      text: (name) => values[name] ?? this.names.text(name),
    });
  }

  /** Calls a manage/delete operation expected to succeed; applies its effect to the model. */
  async succeed(operationId: OperationId, pairs: Array<[string, string]>, requirement?: string): Promise<boolean> {
    const documented = `${operationId} on a customer of yours with valid values succeeds`;
    const ok = (await this.succeeded(operationId, pairs, documented, requirement)) !== undefined;
    if (ok) this.model.apply(loadOperation(operationId), pairs);
    return ok;
  }

  /**
   * Calls an operation that must succeed: its answer, or undefined when it did not (recorded against
   * `requirement`, by default the operation's accepting half).
   */
  private async succeeded(
    operationId: OperationId,
    pairs: Array<[string, string]>,
    documented: string,
    requirement?: string,
  ): Promise<Answer | undefined> {
    const operation = loadOperation(operationId);
    const answer = await this.call(operationId, pairs, [operation.answers.success]);
    const ok = this.findings.expectKind(
      answer,
      [operation.answers.success],
      requirement ?? operation.effect.accepting,
      documented,
    );
    return ok ? answer : undefined;
  }

  /** Calls an operation the contract says must be refused with one of `refusal`. */
  async refused(
    operationId: OperationId,
    pairs: Array<[string, string]>,
    refusal: AnswerKind[],
    requirement: string,
    documented: string,
  ): Promise<Answer> {
    const answer = await this.call(operationId, pairs, refusal);
    this.findings.expectKind(answer, refusal, requirement, documented);
    return answer;
  }

  /** A create of `username` (every other value valid and new) that must be refused. */
  refusedCreate(username: string, requirement: string, documented: string): Promise<Answer> {
    const refusal = loadOperation('create').answers.refusal;
    return this.refused('create', this.createPairs(username), refusal, requirement, documented);
  }

  /** A rename of this reseller's customer `username` to `wanted` that must be refused. */
  refusedRename(username: string, wanted: string, requirement: string, documented: string): Promise<Answer> {
    const rename = loadOperation('update_username');
    const pairs: Array<[string, string]> = [...subjectPairs(rename, username), ['username', wanted]];
    return this.refused('update_username', pairs, rename.answers.refusal, requirement, documented);
  }

  /**
   * The full list (the reseller's customers); undefined and recorded when retrieve fails
   * (what it broke, as blocking retrieve.valid.accepted).
   */
  async list(): Promise<{ answer: Answer; customers: Array<Record<string, string>> } | undefined> {
    const answer = await this.succeeded('retrieve', [], 'retrieve answers the customer list');
    return answer && { answer, customers: answer.customers };
  }

  /**
   * Compares what retrieve lists for this test's customers with the model; each mismatch is recorded,
   * blocked by the cross-cutting rule that explains it when one does (the list itself broken: by its envelope).
   */
  async expectListing(
    requirementOf: (mismatch: ListingMismatch) => string,
    documented: string,
  ): Promise<Array<Record<string, string>>> {
    const listing = await this.list();
    if (!listing) return [];
    for (const mismatch of compareListing(
      this.model.customers,
      listing.customers,
      (name) => this.names.owns(name),
      this.format,
    )) {
      if (mismatch.cause) {
        this.findings.fail(
          mismatch.cause,
          'the XML answer is ISO-8859-1 bytes: every byte is the character of the same code point',
          listing.answer,
          describeMismatch(mismatch),
        );
        this.findings.block(
          requirementOf(mismatch),
          [mismatch.cause],
          documented,
          listing.answer,
          describeMismatch(mismatch),
        );
      } else this.findings.fail(requirementOf(mismatch), documented, listing.answer, describeMismatch(mismatch));
    }
    return listing.customers;
  }
}
