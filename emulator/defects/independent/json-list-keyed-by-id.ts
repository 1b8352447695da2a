import { jsonBody } from '../../answers/json-writer.ts';
import type { Defect } from '../defect.ts';

export const jsonListKeyedById: Defect = {
  name: 'independent-json-list-keyed-by-id',
  description:
    'The JSON list is the customers keyed by their row id, as PHP json_encode writes an array with gaps: ' +
    '{"1":{...},"2":{...}} instead of [{...},{...}] (an empty list is still []).',
  breaks: ['retrieve.answer.list-envelope'],
  install(parts) {
    const writeJson = parts.writeJson;
    parts.writeJson = (answer) => {
      if (answer.kind !== 'customer-list' || answer.customers.length === 0) return writeJson(answer);
      const byId = Object.fromEntries(
        (jsonBody(answer) as unknown[]).map((entry, index) => [String(index + 1), entry]),
      );
      return JSON.stringify(byId, null, 2);
    };
  },
};
