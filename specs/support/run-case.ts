import type { TargetClient } from '../../lib/client/client.ts';
import type { Exchange } from '../../lib/client/exchange.ts';
import type { AnswerKind, Format, Operation } from '../../lib/contracts/types.ts';
import { judgeAnswer } from '../../lib/envelopes/judge.ts';
import { describeMismatch } from '../../lib/model/listing-mismatch.ts';
import { checkStep } from '../../lib/model/check-step.ts';
import { ResellerModel } from '../../lib/model/reseller-model.ts';
import { Verdict, type Blocked } from '../../lib/reporting/verdict.ts';
import { bodyText } from '../../lib/envelopes/body-text.ts';
import { isRefusal } from '../../lib/envelopes/compiled-schemas.ts';
import type { ResolvedTarget } from '../../lib/target/resolve-target.ts';
import { CUSTOMER_PLACEHOLDER, FRESH_SLOT, namesCustomerWithoutAt, type Case } from '../../generators/case.ts';
import type { Customers } from '../fixtures/customers.ts';
import { blameRefusal, emptyListBlamed, verbBlamed } from '../../generators/blame-refusal.ts';
import { call, shownPairs } from './call.ts';
import { listedCustomer, type Listed, type Listing } from './listing.ts';

/** A username the call is about, and what retrieve showed for it. */
type Snapshot = Map<string, Listed | undefined>;

/** What retrieve showed of the watched usernames; `problems` and their `causes`: what it could not show. */
interface Observed {
  snapshot: Snapshot;
  problems: string[];
  causes: string[];
}

export interface CaseEnvironment {
  client: TargetClient;
  target: ResolvedTarget;
  customers: Customers;
  freshStamp: () => string;
  operation: Operation;
  retrieve: Operation;
  format: Format;
  /**
   * Customers made for earlier cases of the test that no call has changed since: reused as long as cases are refused.
   */
  unchanged: Map<string, string>;
  /** How retrieve last showed the reused customers (kept with `unchanged`): their "before" needs no new retrieve. */
  lastSeen?: Snapshot;
  /** Requests sent for the test's cases so far (set-up creates, observations, the calls). */
  requests: number;
}

/** What went wrong with one case; undefined when the target answered as the documents say. */
export interface CaseFault {
  /** Requirements found broken. */
  violated: string[];
  /** Requirements the case could not judge, and what blocked them. */
  blocked: Blocked[];
  /** The parameters as sent, the api_key as `$API_KEY`. */
  sent: Array<[string, string]>;
  problems: string[];
  received: string;
  exchange: Exchange;
  /** Every exchange of the case, in order (set-up, observation, the call). */
  exchanges: Exchange[];
  /** The kind of answer that came, when it was one of the documented kinds. */
  answered?: AnswerKind;
}

/**
 * Sends one generated case: creates the customers it names, observes them (and any new username)
 * through retrieve before and after, and checks the answer kind, its envelope and that the state
 * agrees with the answer (success: the documented effect; refusal: nothing changed).
 */
export async function runCase(environment: CaseEnvironment, operationCase: Case): Promise<CaseFault | undefined> {
  const { client, target, customers, freshStamp, operation, retrieve, format, unchanged } = environment;
  const exchanges: Exchange[] = [];
  const stamp = freshStamp();
  const created = unchanged.size;
  const sent = await fillPlaceholders(operationCase.params, customers, unchanged, stamp);
  environment.requests += unchanged.size - created;
  const watched = watchedUsernames(operation, sent);
  const lastSeen = (environment.lastSeen ??= new Map());
  // The values that took this case's fresh stamp (by position, not by searching the stamp: a run id
  // ending in "0" followed by another stamp can contain it).
  const fresh = new Set(
    sent.filter((_, index) => operationCase.params[index]![1].includes(FRESH_SLOT)).map(([, value]) => value),
  );

  // Before the call, no need to ask about a name holding this case's fresh stamp (it cannot be listed),
  // nor about a reused customer: the previous case's retrieve showed it and nothing has changed it since.
  // What the listings broke although they showed what they were asked (an error for an empty list).
  const deviations: NonNullable<Listing['deviation']>[] = [];
  const observe = async (before: boolean, unlistedExpected: (username: string) => boolean): Promise<Observed> => {
    const snapshot: Snapshot = new Map();
    const problems: string[] = [];
    const causes: string[] = [];
    for (const username of watched) {
      if (before && fresh.has(username)) {
        snapshot.set(username, undefined);
        continue;
      }
      if (before && lastSeen.has(username)) {
        snapshot.set(username, lastSeen.get(username));
        continue;
      }
      const listing = await listedCustomer(client, target, retrieve, format, username, unlistedExpected(username));
      environment.requests++;
      exchanges.push(listing.exchange);
      if (listing.deviation) {
        environment.requests++;
        exchanges.push(listing.deviation.fullList);
        deviations.push(listing.deviation);
      }
      if (listing.problem) problems.push(listing.problem);
      causes.push(...(listing.causes ?? []));
      snapshot.set(username, listing.entry);
    }
    return { snapshot, problems, causes };
  };

  // Only the customers made for the case are listed before it; a refusal leaves every name as it was.
  const made = new Set(unchanged.values());
  const before = await observe(true, (username) => !made.has(username));
  const exchange = await call(client, target, operation, format, operationCase.verb, sent);
  environment.requests++;
  exchanges.push(exchange);
  const judgement = judgeAnswer(exchange, format, operationCase.accepted);
  let after: Observed = { snapshot: new Map(), problems: [], causes: [] };
  const expectation = {
    operation,
    format,
    credentials: 'valid',
    pairs: sent,
    accepted: operationCase.accepted,
    about: [operationCase.breaks ?? operation.effect.accepting],
  } as const;
  // The model holds what retrieve showed before the call; after it, retrieve is asked about the same names.
  const step = await checkStep(expectation, ResellerModel.holding(before.snapshot), judgement, async (succeeded) => {
    const removed = succeeded ? removedUsernames(operation, sent) : [];
    after = await observe(
      false,
      (username) => removed.includes(username) || (!succeeded && before.snapshot.get(username) === undefined),
    );
    const unseen = [...before.problems, ...after.problems];
    if (unseen.length === 0) {
      const listed = [...after.snapshot.values()].filter((entry): entry is Listed => entry !== undefined);
      return { listed, inScope: (username) => after.snapshot.has(username) };
    }
    const unread = new Verdict();
    for (const cause of [...before.causes, ...after.causes]) unread.fail(cause);
    return { unread, problems: unseen };
  });
  const { verdict, succeeded } = step;
  for (const [username, entry] of after.snapshot) {
    if (entry) customers.adopt(username);
    else if (after.problems.length === 0) customers.gone(username);
  }
  for (const deviation of deviations) verdict.fail(deviation.requirement);
  const problems = [
    ...judgement.problems,
    ...deviations.map((deviation) => deviation.text),
    ...step.problems,
    ...step.mismatches.map(describeMismatch),
  ];
  if (succeeded || problems.length > 0) {
    unchanged.clear();
    lastSeen.clear();
  } else {
    const reused = new Set(unchanged.values());
    for (const [username, entry] of after.snapshot) if (reused.has(username)) lastSeen.set(username, entry);
  }
  if (problems.length === 0) return undefined;
  return {
    violated: [...verdict.violated],
    blocked: verdict.onlyBlocked,
    sent: shownPairs(target, sent),
    problems,
    received: describeAnswer(exchange, format, judgement.kind),
    exchange,
    exchanges,
    ...(judgement.kind !== undefined ? { answered: judgement.kind } : {}),
  };
}

/**
 * A valid case the target refused, sent by POST, is sent again by GET: accepted, the refusal is POST's. A list
 * refused where it is empty breaks the empty-list requirement (emptyListBlamed). Else variants of the case show
 * which rule the refusal breaks (blameRefusal: a limit's accepting half, a value's); else the fault stands.
 */
export async function explainRefusal(
  environment: CaseEnvironment,
  operationCase: Case,
  fault: CaseFault,
): Promise<{ operationCase: Case; fault: CaseFault }> {
  const kept = { operationCase, fault };
  if (operationCase.breaks || !isRefusal(fault.answered)) return kept;
  const blame = (requirements: string[]) => ({
    operationCase,
    fault: blamedOn(environment, fault, requirements),
  });
  // The same case by GET accepted: the refusal is the verb's (a target that ignores a POST body).
  const byVerb = await verbBlamed(
    operationCase.verb,
    async () => !(await runCase(environment, { ...operationCase, verb: 'GET' })),
  );
  if (byVerb) return blame(byVerb);
  const emptyList = await emptyListBlamed(environment.operation, () => emptyByConstruction(environment, operationCase));
  if (emptyList) return blame(emptyList);
  const accepts = async (params: Array<[string, string]>) =>
    !(await runCase(environment, { ...operationCase, params }));
  const blamed = await blameRefusal(environment.operation, operationCase.params, accepts);
  return blamed ? blame(blamed) : kept;
}

/**
 * Whether a valid list refused is empty by construction: its username filter names no customer (no placeholder),
 * and a list that holds a customer made for the purpose is answered (so the target answers lists, and refused this
 * one for being empty).
 */
async function emptyByConstruction(environment: CaseEnvironment, operationCase: Case): Promise<boolean> {
  const { operation, client, target, format } = environment;
  const filter = operation.parameters.find(
    (parameter) => parameter.role === 'filter' && parameter.valueType === 'username',
  );
  const named = operationCase.params.find(([name]) => name === filter?.name)?.[1];
  const fresh = named !== undefined && [...named.matchAll(CUSTOMER_PLACEHOLDER)].length === 0;
  if (!fresh || !target.destructive) return false;
  const username = await environment.customers.create().catch(() => undefined);
  if (username === undefined) return false;
  const listing = await listedCustomer(client, target, operation, format, username);
  environment.requests += 2;
  return listing.entry !== undefined;
}

/** The fault with the operation's accepting requirement replaced by the requirements blamed. */
function blamedOn(environment: CaseEnvironment, fault: CaseFault, requirements: string[]): CaseFault {
  const accepted = environment.operation.effect.accepting;
  const violated = [...fault.violated.filter((id) => id !== accepted), ...requirements];
  return { ...fault, violated: [...new Set(violated)] };
}

/**
 * Fills the live-customer placeholders with customers made for them (reused while unchanged), one whose username is
 * no email for the `without-at` one, and FRESH_SLOT with a run-unique stamp.
 */
async function fillPlaceholders(
  params: Array<[string, string]>,
  customers: Customers,
  unchanged: Map<string, string>,
  stamp: string,
): Promise<Array<[string, string]>> {
  for (const [, value] of params) {
    for (const match of value.matchAll(CUSTOMER_PLACEHOLDER))
      if (!unchanged.has(match[0]))
        unchanged.set(match[0], await customers.create({ withoutAt: namesCustomerWithoutAt(match[0]) }));
  }
  return params.map(([name, value]) => [
    name,
    value.replace(CUSTOMER_PLACEHOLDER, (placeholder) => unchanged.get(placeholder)!).replaceAll(FRESH_SLOT, stamp),
  ]);
}

/** Usernames a successful call takes off the list: the subject of a delete or a rename. */
function removedUsernames(operation: Operation, sent: Array<[string, string]>): string[] {
  if (operation.effect.kind !== 'deletes' && operation.effect.kind !== 'renames') return [];
  const subject = operation.parameters.find((parameter) => parameter.role === 'subject');
  return sent.filter(([name]) => name === subject?.name).map(([, value]) => value);
}

/** Usernames whose listing the call may change: the subject, and a username the call sets (create, rename). */
function watchedUsernames(operation: Operation, sent: Array<[string, string]>): string[] {
  const names = operation.parameters
    .filter((parameter) => parameter.valueType === 'username' && parameter.role !== 'filter')
    .map((parameter) => parameter.name);
  return [...new Set(sent.filter(([name, value]) => names.includes(name) && value !== '').map(([, value]) => value))];
}

function describeAnswer(exchange: Exchange, format: Format, kind: AnswerKind | undefined): string {
  if (exchange.error) return exchange.error;
  const text = bodyText(exchange.body, format);
  const shown = text.length > 2000 ? `${text.slice(0, 2000)}...` : text;
  return `HTTP ${exchange.status}${kind ? ` (${kind})` : ''}: ${shown}`;
}
