import type { AnswerKind } from '../contracts/types.ts';
import type { TargetClient } from '../client/client.ts';
import type { Exchange } from '../client/exchange.ts';
import { loadOperation } from '../contracts/load.ts';
import { judgeAnswer } from '../envelopes/judge.ts';

export interface Reseller {
  apiUser: string;
  apiKey: string;
}

/** What a retrieve (JSON, no filter) answered: the listed usernames, or why there are none. */
export type Listing =
  { usernames: string[]; exchange: Exchange } | { failure: string; kind?: AnswerKind; exchange: Exchange };

function credentials(reseller: Reseller): Array<[string, string]> {
  return [
    ['api_user', reseller.apiUser],
    ['api_key', reseller.apiKey],
  ];
}

// The fixed selector values (task=get, method=profile...) from the contract.
function selectorPairs(operationId: 'retrieve' | 'delete'): Array<[string, string]> {
  return loadOperation(operationId).parameters.flatMap((parameter): Array<[string, string]> => {
    if (parameter.role !== 'selector') return [];
    const oneOf = parameter.constraints.find((constraint) => constraint.kind === 'oneOf') as
      { values: string[] } | undefined;
    return oneOf ? [[parameter.name, oneOf.values[0]!]] : [];
  });
}

export async function listCustomers(client: TargetClient, reseller: Reseller): Promise<Listing> {
  const retrieve = loadOperation('retrieve');
  const exchange = await client.send({
    endpoint: retrieve.endpoint,
    format: 'json',
    verb: 'GET',
    params: [...credentials(reseller), ...selectorPairs('retrieve')],
  });
  const judgement = judgeAnswer(exchange, 'json', [retrieve.answers.success]);
  if (judgement.kind !== retrieve.answers.success || !Array.isArray(judgement.value)) {
    return {
      failure: judgement.problems.join('; ') || `the answer is ${judgement.kind}`,
      ...(judgement.kind ? { kind: judgement.kind } : {}),
      exchange,
    };
  }
  const usernames = (judgement.value as Array<Record<string, unknown>>).flatMap((customer) =>
    typeof customer.username === 'string' ? [customer.username] : [],
  );
  return { usernames, exchange };
}

/** Deletes one customer; a failure in words (with the curl reproduction), or undefined. */
export async function deleteCustomer(
  client: TargetClient,
  reseller: Reseller,
  username: string,
): Promise<string | undefined> {
  const remove = loadOperation('delete');
  const subject = remove.parameters.find((parameter) => parameter.role === 'subject')!;
  const names = [subject.name, ...(subject.aliases ?? [])];
  const exchange = await client.send({
    endpoint: remove.endpoint,
    format: 'json',
    verb: 'GET',
    params: [
      ...credentials(reseller),
      ...selectorPairs('delete'),
      ...names.map((name): [string, string] => [name, username]),
    ],
  });
  const judgement = judgeAnswer(exchange, 'json', [remove.answers.success]);
  if (judgement.kind === remove.answers.success) return undefined;
  const problem = judgement.problems.join('; ') || judgement.kind;
  return `delete ${username} as ${reseller.apiUser}: ${problem}; reproduce: ${exchange.curl}`;
}
