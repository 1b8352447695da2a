import type { Answer } from '../answers/answer.ts';
import { mapAnswer } from '../effects/call.ts';
import type { EmulatorParts } from '../parts.ts';

export const ID_FIELD = 'id';

/** Lists these fields after the documented ones (a customer without a value lists them empty). */
export function listAlso(parts: EmulatorParts, fields: readonly string[]): void {
  const list = parts.effects.none;
  parts.effects.none = (call) =>
    list({ ...call, listFields: [...call.listFields, ...fields.filter((field) => !call.listFields.includes(field))] });
}

/**
 * Every customer created from now on gets a numeric `id` that stays with it through renames, as the real service's list
 * had.
 */
export function numberCustomers(parts: EmulatorParts): void {
  const create = parts.effects.creates;
  let next = 1;
  parts.effects.creates = (call) => {
    const numbered = (answer: Answer): Answer => {
      const username = call.values.get('username')?.[0];
      const customer = username === undefined ? undefined : call.reseller.customers.get(username);
      if (answer.kind === 'success' && customer && !customer.fields.has(ID_FIELD))
        customer.fields.set(ID_FIELD, String(next++));
      return answer;
    };
    return mapAnswer(create(call), numbered);
  };
}

/** The XML list leaves these fields out (the JSON list keeps them). */
export function leaveOutOfXmlList(parts: EmulatorParts, fields: readonly string[]): void {
  const writeXml = parts.writeXml;
  parts.writeXml = (answer) =>
    writeXml(
      answer.kind === 'customer-list'
        ? { ...answer, customers: answer.customers.map((entry) => entry.filter(([field]) => !fields.includes(field))) }
        : answer,
    );
}
