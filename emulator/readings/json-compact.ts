import type { Reading } from './reading.ts';

export const jsonCompact: Reading = {
  name: 'json-compact',
  description:
    'JSON is written compact, without whitespace, as the real service sent it (the documents show it indented).',
  allows: ['api.format.json'],
  install(parts) {
    const writeJson = parts.writeJson;
    parts.writeJson = (answer) => JSON.stringify(JSON.parse(String(writeJson(answer))));
  },
};
