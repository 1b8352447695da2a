import type { Operation } from '../lib/contracts/types.ts';
import type { ParameterValues, RuleContext, Violation } from '../lib/rules/types.ts';
import { validateGrouped } from '../lib/rules/validate.ts';
import type { Answer } from './answers/answer.ts';
import { writeJson } from './answers/json-writer.ts';
import { refusalAnswer } from './answers/refusal.ts';
import { writeXml } from './answers/xml-writer.ts';
import type { Call, EffectHandlers } from './effects/call.ts';
import { effectHandlers } from './effects/effect-handlers.ts';
import { parseForm } from './http/parse-form.ts';
import type { CustomerStore } from './state/customer-store.ts';
import type { Reseller } from './state/reseller.ts';

/** The pieces the emulator is assembled from at start-up; a defect replaces one of them. */
export interface EmulatorParts {
  /** The validation data, derived from the contracts. */
  operations: Operation[];
  /** The call's parameters: the query string's pairs, then the form body's (POST). Throws BadPercentEncoding. */
  requestParams(query: string, body: string): Array<[string, string]>;
  /** The reseller the credentials belong to, if any. */
  authenticate(store: CustomerStore, apiUser: string | undefined, apiKey: string | undefined): Reseller | undefined;
  /** What the rules may know about the caller's account and the customers. */
  ruleContext(store: CustomerStore, reseller: Reseller, today: string): RuleContext;
  validate(operation: Operation, values: ParameterValues, context: RuleContext): Violation[];
  effects: EffectHandlers;
  refuse(call: Call, violations: Violation[]): Answer;
  writeJson(answer: Answer): string | Buffer;
  writeXml(answer: Answer): Buffer;
  /** The Content-Type of XML answers: names the encoding writeXml uses. */
  xmlContentType: string;
}

export function standardParts(contracts: Operation[]): EmulatorParts {
  return {
    operations: structuredClone(contracts),
    requestParams: (query, body) => parseForm(body, parseForm(query)),
    authenticate: (store, apiUser, apiKey) => store.authenticate(apiUser, apiKey),
    ruleContext: (store, reseller, today) => store.ruleContext(reseller, today),
    validate: validateGrouped,
    effects: effectHandlers(),
    refuse: (_call, violations) => refusalAnswer(violations),
    writeJson,
    writeXml: (answer) => writeXml(answer),
    xmlContentType: 'text/xml; charset=ISO-8859-1',
  };
}
