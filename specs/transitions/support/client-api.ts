import type { TargetClient } from '../../../lib/client/client.ts';
import { loadOperation } from '../../../lib/contracts/load.ts';
import type { AnswerKind } from '../../../lib/contracts/types.ts';
import { judgeAnswer } from '../../../lib/envelopes/judge.ts';
import { customersOf } from '../../support/listing.ts';
import type { Answer } from './answer.ts';
import type { Caller, CustomerApi } from './customer-api.ts';

const WRONG_KEY = 'not-the-api-key';
// Not whitespace: a target may trim parameters.
const KEY_SUFFIX = 'x';

export interface ResellerCredentials {
  apiUser: string;
  apiKey: string;
}

/** The CustomerApi over the suite's client and answer judge: credentials and selectors added here. */
export function clientApi(
  client: TargetClient,
  reseller: ResellerCredentials,
  secondReseller?: ResellerCredentials,
  nonReseller?: ResellerCredentials,
): CustomerApi {
  const credentialPairs = (caller: Caller): Array<[string, string]> => {
    switch (caller) {
      case 'reseller':
        return [
          ['api_user', reseller.apiUser],
          ['api_key', reseller.apiKey],
        ];
      case 'second-reseller':
        if (!secondReseller) throw new Error('the target profile names no secondReseller');
        return [
          ['api_user', secondReseller.apiUser],
          ['api_key', secondReseller.apiKey],
        ];
      case 'wrong-key':
        // Not derived from the real key, so no part of the secret travels with it.
        return [
          ['api_user', reseller.apiUser],
          ['api_key', reseller.apiKey === WRONG_KEY ? `${WRONG_KEY}-2` : WRONG_KEY],
        ];
      case 'extended-key':
        // The right key and more: a target comparing only the stored key's length (a prefix) accepts it.
        return [
          ['api_user', reseller.apiUser],
          ['api_key', `${reseller.apiKey}${KEY_SUFFIX}`],
        ];
      case 'no-credentials':
        return [];
      case 'non-reseller':
        if (!nonReseller) throw new Error('the target profile names no nonResellerAccount');
        return [
          ['api_user', nonReseller.apiUser],
          ['api_key', nonReseller.apiKey],
        ];
      case 'crossed-key':
        if (!secondReseller) throw new Error('the target profile names no secondReseller');
        return [
          ['api_user', reseller.apiUser],
          ['api_key', secondReseller.apiKey],
        ];
    }
  };
  return {
    async call(operationId, pairs, { format, verb, caller = 'reseller' }, accepted: AnswerKind[]): Promise<Answer> {
      const operation = loadOperation(operationId);
      const params: Array<[string, string]> = [
        ...credentialPairs(caller),
        ...Object.entries(operation.selectors),
        ...pairs,
      ];
      const exchange = await client.send({ endpoint: operation.endpoint, format, verb, params });
      const judgement = judgeAnswer(exchange, format, accepted);
      const text =
        format === 'json' ? Buffer.from(exchange.body).toString('utf8') : Buffer.from(exchange.body).toString('latin1');
      const excerpt = text.length > 400 ? `${text.slice(0, 400)}…` : text;
      return {
        operation: operationId,
        format,
        verb,
        pairs,
        kind: judgement.kind,
        status: exchange.status,
        received: `HTTP ${exchange.status}${exchange.error ? ` (${exchange.error})` : ''}, ${judgement.kind ?? 'no documented envelope'}: ${excerpt.replace(/\s+/g, ' ')}`,
        broken: judgement.broken,
        customers: judgement.kind === 'customer-list' ? customersOf(judgement.value) : [],
        curl: exchange.curl,
        judgement,
      };
    },
  };
}
