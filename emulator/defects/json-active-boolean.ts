import type { Defect } from './defect.ts';

export const jsonActiveBoolean: Defect = {
  name: 'json-active-boolean',
  description: 'the JSON list gives active as a JSON boolean (true/false) instead of the string "true"/"false".',
  breaks: ['retrieve.answer.active-string'],
  install(parts) {
    const write = parts.writeJson;
    parts.writeJson = (answer) => {
      if (answer.kind !== 'customer-list') return write(answer);
      const customers = answer.customers.map((fields) =>
        Object.fromEntries(fields.map(([name, value]) => [name, name === 'active' ? value === 'true' : value])),
      );
      return JSON.stringify(customers, null, 2);
    };
  },
};
