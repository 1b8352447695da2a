import type { TargetClient } from '../../../lib/client/client.ts';
import { loadOperation } from '../../../lib/contracts/load.ts';
import type { AnswerKind } from '../../../lib/contracts/types.ts';
import { bodyText } from '../../../lib/envelopes/body-text.ts';
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
  const pairs = (apiUser: string, apiKey: string): Array<[string, string]> => [
    ['api_user', apiUser],
    ['api_key', apiKey],
  ];
  const configured = (credentials: ResellerCredentials | undefined, profileKey: string): ResellerCredentials => {
    if (!credentials) throw new Error(`the target profile names no ${profileKey}`);
    return credentials;
  };
  const credentialPairs = (caller: Caller): Array<[string, string]> => {
    switch (caller) {
      case 'reseller':
        return pairs(reseller.apiUser, reseller.apiKey);
      case 'second-reseller': {
        const second = configured(secondReseller, 'secondReseller');
        return pairs(second.apiUser, second.apiKey);
      }
      case 'wrong-key':
        // Not derived from the real key, so no part of the secret travels with it.
        return pairs(reseller.apiUser, reseller.apiKey === WRONG_KEY ? `${WRONG_KEY}-2` : WRONG_KEY);
      case 'extended-key':
        // The right key and more: a target comparing only the stored key's length (a prefix) accepts it.
        return pairs(reseller.apiUser, `${reseller.apiKey}${KEY_SUFFIX}`);
      case 'no-credentials':
        return [];
      case 'non-reseller': {
        const plain = configured(nonReseller, 'nonResellerAccount');
        return pairs(plain.apiUser, plain.apiKey);
      }
      case 'crossed-key':
        return pairs(reseller.apiUser, configured(secondReseller, 'secondReseller').apiKey);
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
      const text = bodyText(exchange.body, format);
      const excerpt = text.length > 400 ? `${text.slice(0, 400)}…` : text;
      return {
        operation: operationId,
        format,
        verb,
        pairs,
        kind: judgement.kind,
        status: exchange.status,
        received:
          `HTTP ${exchange.status}${exchange.error ? ` (${exchange.error})` : ''}, ` +
          `${judgement.kind ?? 'no documented envelope'}: ${excerpt.replace(/\s+/g, ' ')}`,
        broken: judgement.broken,
        customers: judgement.kind === 'customer-list' ? customersOf(judgement.value) : [],
        curl: exchange.curl,
        judgement,
      };
    },
  };
}
