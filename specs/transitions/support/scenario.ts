import { loadOperation } from '../../../lib/contracts/load.ts';
import { isRefusal } from '../../../lib/envelopes/compiled-schemas.ts';
import type { Account, AnswerKind, Format, OperationId, Verb } from '../../../lib/contracts/types.ts';
import { compareListing } from '../../../lib/model/compare-listing.ts';
import { describeMismatch, type ListingMismatch } from '../../../lib/model/listing-mismatch.ts';
import { listingVerdict } from '../../../lib/model/listing-verdict.ts';
import { ResellerModel } from '../../../lib/model/reseller-model.ts';
import { Verdict } from '../../../lib/reporting/verdict.ts';
import { createPairs } from '../../../generators/commands/create-pairs.ts';
import { subjectPairs } from '../../../generators/commands/subject-pairs.ts';
import { blameRefusal, emptyListBlamed, verbBlamed } from '../../../generators/blame-refusal.ts';
import type { Answer } from './answer.ts';
import type { Caller, CustomerApi } from './customer-api.ts';
import type { Findings } from './findings.ts';
import type { UniqueNames } from './unique-names.ts';

const retrieveOperation = loadOperation('retrieve');
// The filter that selects one customer by username.
const USERNAME_FILTER = retrieveOperation.parameters.find(
  (parameter) => parameter.role === 'filter' && parameter.valueType === 'username',
)!.name;
// The parameter a create takes the new customer's username in.
const NEW_NAME = loadOperation('create').parameters.find(
  (parameter) => parameter.role === 'value' && parameter.valueType === 'username',
)!.name;

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
   * undefined when the target refused it, recorded as a failure of `requirement` (by default create's accepting
   * half, `create.valid.accepted`), or of what variants of it show (blameRefusal).
   */
  async create(
    values: Partial<Record<string, string>> = {},
    requirement?: string,
  ): Promise<{ username: string; pairs: Array<[string, string]> } | undefined> {
    const username = values['username'] ?? this.names.username();
    this.names.track(username);
    const pairs = this.createPairs(username, values);
    return (await this.created(pairs, requirement)) ? { username, pairs } : undefined;
  }

  /** Sends a valid create of these pairs; true when it succeeded, else recorded as `create` describes. */
  async created(pairs: Array<[string, string]>, requirement?: string): Promise<boolean> {
    const create = loadOperation('create');
    const username = pairs.find(([name]) => name === NEW_NAME)![1];
    const documented = 'a create whose parameters meet every rule succeeds';
    const answer = await this.call('create', pairs, [create.answers.success]);
    if (answer.kind === create.answers.success || (await this.acceptedByGet('create', pairs, answer, documented))) {
      this.model.apply(create, pairs);
      await this.expectCreated(pairs, username);
      return true;
    }
    if (requirement === undefined && answer.kind !== undefined && answer.broken.length === 0) {
      // Each variant under a name of its own; what one creates joins the model, so listings still agree.
      const accepts = async (variant: Array<[string, string]>) => {
        const renamed = variant.map(([name, value]): [string, string] => {
          if (name !== NEW_NAME || value !== username) return [name, value];
          return [name, this.names.username()];
        });
        this.names.track(renamed.find(([name]) => name === NEW_NAME)![1]);
        const accepted = (await this.call('create', renamed, [create.answers.success])).kind === create.answers.success;
        if (accepted) this.model.apply(create, renamed);
        return accepted;
      };
      const blamed = await blameRefusal(create, pairs, accepts);
      if (blamed) {
        for (const broken of blamed) this.findings.fail(broken, documented, answer);
        return false;
      }
    }
    this.findings.expectKind(answer, [create.answers.success], requirement ?? create.effect.accepting, documented);
    return false;
  }

  /**
   * The new customer as the full list (by GET) shows it: what differs from the model is the create's, judged as every
   * phase judges a listing after a call (listingVerdict), and the model forgets what the list contradicted, so that
   * the checks after the scenario's own calls judge only those. A list that cannot be read is for the scenario's
   * later checks to report.
   */
  private async expectCreated(pairs: Array<[string, string]>, username: string): Promise<void> {
    const { success } = retrieveOperation.answers;
    const answer = await this.via(this.format, 'GET').call('retrieve', [], [success]);
    if (answer.kind !== success || answer.broken.length > 0) return;
    const own = (name: string) => name === username;
    const mismatches = compareListing(this.model.customers, answer.customers, own, this.format);
    if (mismatches.length === 0) return;
    const call = { operation: loadOperation('create'), pairs, credentials: 'valid', succeeded: true } as const;
    this.findings.record(listingVerdict(call, mismatches), answer, {}, mismatches.map(describeMismatch).join('; '));
    this.model.forget(mismatches);
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
    const byGet = await this.acceptedByGet(operationId, pairs, answer, documented);
    if (byGet) return byGet;
    const ok = this.findings.expectKind(
      answer,
      [operation.answers.success],
      requirement ?? operation.effect.accepting,
      documented,
    );
    return ok ? answer : undefined;
  }

  /**
   * A valid call refused by another verb than GET, sent again by GET: accepted, the refusal is the verb's
   * (recorded), and the answer by GET stands for the call. Undefined otherwise.
   */
  private async acceptedByGet(
    operationId: OperationId,
    pairs: Array<[string, string]>,
    answer: Answer,
    documented: string,
  ): Promise<Answer | undefined> {
    const { success } = loadOperation(operationId).answers;
    if (!isRefusal(answer.kind) || answer.broken.length > 0) return undefined;
    let again: Answer | undefined;
    const blamed = await verbBlamed(this.verb, async () => {
      again = await this.via(this.format, 'GET').call(operationId, pairs, [success]);
      return again.kind === success;
    });
    for (const requirement of blamed ?? [])
      this.findings.fail(requirement, `${documented} by ${this.verb} as by GET`, answer);
    return blamed ? again : undefined;
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
    const answer = await this.retrieve(
      [],
      retrieveOperation.effect.accepting,
      'retrieve answers the customer list',
      this.model.customers.size === 0,
    );
    return answer && { answer, customers: answer.customers };
  }

  /**
   * A retrieve with `pairs` that must answer the customer list: its answer, or undefined when it did not (recorded
   * against `requirement`). `empty`: the list holds none of this test's customers, and its filters select by values
   * of this test only; an error there breaks the empty-list requirement (D23), and `requirement` is blocked by it.
   */
  async retrieve(
    pairs: Array<[string, string]>,
    requirement: string,
    documented: string,
    empty: boolean,
  ): Promise<Answer | undefined> {
    const { answers } = retrieveOperation;
    const answer = await this.call('retrieve', pairs, [answers.success]);
    const byGet = await this.acceptedByGet('retrieve', pairs, answer, documented);
    if (byGet) return byGet;
    const refused = isRefusal(answer.kind) && answer.broken.length === 0;
    const blamed = refused ? await emptyListBlamed(retrieveOperation, () => empty) : undefined;
    if (blamed) {
      const verdict = new Verdict();
      verdict.fail(requirement, blamed);
      this.findings.record(verdict, answer, { [requirement]: documented });
      return undefined;
    }
    return this.findings.expectKind(answer, [answers.success], requirement, documented) ? answer : undefined;
  }

  /**
   * Whether retrieve filtered by `username` (by GET, not the full list) shows that customer as the model holds it;
   * true when it cannot tell (the retrieve refused: what that breaks is the full list's to find).
   */
  async entryAgrees(username: string): Promise<boolean> {
    const pairs: Array<[string, string]> = [[USERNAME_FILTER, username]];
    const answer = await this.via(this.format, 'GET').call('retrieve', pairs, [retrieveOperation.answers.success]);
    if (answer.kind !== retrieveOperation.answers.success || answer.broken.length > 0) return true;
    const expected = new Map([...this.model.customers].filter(([name]) => name === username));
    return compareListing(expected, answer.customers, (name) => name === username, this.format).length === 0;
  }

  /** Whether a listed username is this test's and its listing the model's to judge (ResellerModel.judges). */
  judged(username: string): boolean {
    return this.names.owns(username) && this.model.judges(username);
  }

  /**
   * Compares what retrieve lists for this test's customers with the model; each mismatch is recorded (its
   * requirement asked for only then, so a blame that needs another call costs nothing when all agree),
   * blocked by the cross-cutting rule that explains it when one does (the list itself broken: by its envelope).
   * The model then forgets what the list contradicted (ResellerModel.forget): each difference is blamed once.
   */
  async expectListing(
    requirementOf: (mismatch: ListingMismatch) => string | Promise<string>,
    documented: string,
  ): Promise<Array<Record<string, string>>> {
    const listing = await this.list();
    if (!listing) return [];
    const mismatches = compareListing(
      this.model.customers,
      listing.customers,
      (name) => this.judged(name),
      this.format,
    );
    for (const mismatch of mismatches) {
      // One mismatch, one verdict, so each record tells its own difference.
      const verdict = new Verdict();
      const requirement = await requirementOf(mismatch);
      verdict.fail(requirement, mismatch.cause ? [mismatch.cause] : []);
      this.findings.record(verdict, listing.answer, { [requirement]: documented }, describeMismatch(mismatch));
    }
    this.model.forget(mismatches);
    return listing.customers;
  }
}
