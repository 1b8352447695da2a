import { jsonBody } from '../../answers/json-writer.ts';
import type { Defect } from '../defect.ts';

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

export const jsonNumericCheck: Defect = {
  name: 'independent-json-numeric-check',
  description:
    'The JSON list is written with JSON_NUMERIC_CHECK: a zip or phone made of digits ("91234") comes back as a ' +
    'number (91234), and leading zeros are lost.',
  breaks: ['retrieve.answer.list-fields'],
  install(parts) {
    const writeJson = parts.writeJson;
    parts.writeJson = (answer) => {
      if (answer.kind !== 'customer-list') return writeJson(answer);
      const entries = (jsonBody(answer) as Array<Record<string, string>>).map((entry) =>
        Object.fromEntries(
          Object.entries(entry).map(([field, value]) => [field, NUMERIC.test(value) ? Number(value) : value]),
        ),
      );
      return JSON.stringify(entries, null, 2);
    };
  },
};
