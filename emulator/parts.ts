import type { Format, Operation } from '../lib/contracts/types.ts';
import type { ParameterValues } from '../lib/contracts/parameter-values.ts';
import type { RuleContext, Violation } from '../lib/rules/types.ts';
import { validateGrouped } from '../lib/rules/validate.ts';
import type { Answer } from './answers/answer.ts';
import { writeJson } from './answers/json-writer.ts';
import { refusalAnswer } from './answers/refusal.ts';
import { writeXml, type XmlStyle } from './answers/xml-writer.ts';
import type { Call, EffectHandlers } from './effects/call.ts';
import { effectHandlers } from './effects/effect-handlers.ts';
import { requestParameters } from './http/request-parameters.ts';
import type { CustomerStore } from './state/customer-store.ts';
import type { Reseller } from './state/reseller.ts';

/** The pieces the emulator is assembled from at start-up; a defect replaces one of them. */
export interface EmulatorParts {
  /** The validation data, derived from the contracts. */
  operations: Operation[];
  /**
   * The call's parameters as PHP reads them (http/request-parameters.ts): the query string, then a POST's form or
   * multipart body. Throws RequestRefusal.
   */
  requestParams: typeof requestParameters;
  /** The reseller the credentials belong to, if any. */
  authenticate(store: CustomerStore, apiUser: string | undefined, apiKey: string | undefined): Reseller | undefined;
  /** What the rules may know about the caller's account and the customers. */
  ruleContext(store: CustomerStore, reseller: Reseller, today: string): RuleContext;
  validate(operation: Operation, values: ParameterValues, context: RuleContext): Violation[];
  effects: EffectHandlers;
  refuse(call: Call, violations: Violation[]): Answer;
  writeJson(answer: Answer): string | Buffer;
  writeXml(answer: Answer): Buffer;
  /** How the standard writeXml lays out and escapes documents (readings vary it). */
  xmlStyle: Partial<XmlStyle>;
  /** The Content-Type of XML answers: names the encoding writeXml uses. */
  xmlContentType: string;
  jsonContentType: string;
  /** Before credentials are checked: an answer turns the call away (a request-rate limit); undefined lets it in. */
  admit(apiUser: string | undefined): Answer | undefined;
  /** The HTTP status and extra headers an answer is sent with. */
  frame(answer: Answer, format: Format): HttpFrame;
}

export interface HttpFrame {
  status: number;
  headers: Record<string, string>;
}

export function standardParts(contracts: Operation[]): EmulatorParts {
  const parts: EmulatorParts = {
    operations: structuredClone(contracts),
    requestParams: requestParameters,
    authenticate: (store, apiUser, apiKey) => store.authenticate(apiUser, apiKey),
    ruleContext: (store, reseller, today) => store.ruleContext(reseller, today),
    validate: validateGrouped,
    effects: effectHandlers(),
    refuse: (_call, violations) => refusalAnswer(violations),
    writeJson,
    writeXml: (answer) => writeXml(answer, parts.xmlStyle),
    xmlStyle: {},
    xmlContentType: 'text/xml; charset=ISO-8859-1',
    jsonContentType: 'application/json',
    admit: () => undefined,
    // Every answer with 200, as the real service did, except the transport refusals' own statuses.
    frame: (answer) => ({ status: answer.kind === 'http-error' ? answer.status : 200, headers: {} }),
  };
  return parts;
}
