import type { TargetClient } from '../../lib/client/client.ts';
import type { Exchange } from '../../lib/client/exchange.ts';
import type { Format, Operation } from '../../lib/contracts/types.ts';
import { answerVerdict } from '../../lib/envelopes/answer-verdict.ts';
import { judgeAnswer } from '../../lib/envelopes/judge.ts';
import { isRefusal } from '../../lib/envelopes/compiled-schemas.ts';
import type { ResolvedTarget } from '../../lib/target/resolve-target.ts';
import { API_KEY, API_USER } from '../../generators/case.ts';
import { emptyListBlamed } from '../../generators/blame-refusal.ts';
import { call } from './call.ts';

export type Listed = Record<string, string>;
/**
 * `problem`: retrieve could not show the customer;
 * `causes`: the requirements its answer broke (what blocks the observation);
 * `deviation`: the customer is known unlisted, but retrieve broke a requirement in showing it (an error for an empty
 * list), with the full list that showed it (`fullList`).
 */
export type Listing = {
  entry?: Listed;
  exchange: Exchange;
  problem?: string;
  causes?: string[];
  deviation?: { requirement: string; text: string; fullList: Exchange };
};

/**
 * The customer listed under exactly this username (retrieve filtered by it;
 * D21: the suite only compares exact, unique values). `unlistedExpected`: the caller knows the customer should not
 * be listed (nothing was made under that name, or a refused call left it unlisted).
 */
export async function listedCustomer(
  client: TargetClient,
  target: ResolvedTarget,
  retrieve: Operation,
  format: Format,
  username: string,
  unlistedExpected = false,
): Promise<Listing> {
  const params: Array<[string, string]> = [
    ['api_user', API_USER],
    ['api_key', API_KEY],
    ...Object.entries(retrieve.selectors),
    ['username', username],
  ];
  const exchange = await call(client, target, retrieve, format, 'GET', params);
  const judgement = judgeAnswer(exchange, format, [retrieve.answers.success]);
  if (judgement.kind !== retrieve.answers.success) {
    // An error where a list was asked for. The full list shows whether the filtered one was empty: a list
    // without the username says so; refused as well (a reseller without customers, or a target refusing every
    // retrieve), only what the caller expects can.
    let fullList: Exchange | undefined;
    let why = '';
    const blamed =
      isRefusal(judgement.kind) && judgement.broken.length === 0
        ? await emptyListBlamed(retrieve, async () => {
            fullList = await call(client, target, retrieve, format, 'GET', params.slice(0, -1));
            const full = judgeAnswer(fullList, format, [retrieve.answers.success]);
            const listed = full.kind === retrieve.answers.success && full.broken.length === 0;
            const shown = listed && customersOf(full.value).some((customer) => customer.username === username);
            why = listed ? 'the full list does not show it' : 'the full list is refused too, and nothing made it';
            return (listed && !shown) || (!listed && isRefusal(full.kind) && unlistedExpected);
          })
        : undefined;
    if (blamed && fullList)
      return {
        exchange,
        deviation: {
          requirement: blamed[0]!,
          text: `retrieve of ${username} answered ${judgement.kind} where its list is empty (${why})`,
          fullList,
        },
      };
    return {
      exchange,
      problem: `retrieve of ${username} did not answer a customer list: ${judgement.problems.join('; ')}`,
      causes: [
        ...answerVerdict(retrieve, format, judgement, [retrieve.answers.success], [retrieve.effect.accepting]).violated,
      ],
    };
  }
  if (judgement.broken.length > 0)
    return { exchange, problem: `retrieve of ${username}: ${judgement.problems.join('; ')}`, causes: judgement.broken };
  const entry = customersOf(judgement.value).find((customer) => customer.username === username);
  return { exchange, ...(entry ? { entry } : {}) };
}

/** The customers of a list answer (JSON array, or XML <users><user>...). */
export function customersOf(value: unknown): Listed[] {
  if (Array.isArray(value)) return value as Listed[];
  const users = (value as { users?: unknown }).users;
  if (users && typeof users === 'object')
    return ((users as { user?: Listed[] }).user ?? []).map((user) => normalise(user));
  return [];
}

// An empty XML element parses to "" and a missing text to undefined: both are an empty value.
function normalise(user: Listed): Listed {
  return Object.fromEntries(
    Object.entries(user).map(([field, value]) => [field, typeof value === 'string' ? value : String(value ?? '')]),
  );
}
