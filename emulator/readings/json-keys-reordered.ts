import type { Reading } from './reading.ts';

function keysReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysReversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, keysReversed(inner)]),
  );
}

export const jsonKeysReordered: Reading = {
  name: 'json-keys-reordered',
  description:
    'JSON objects carry their keys in another order than the documents show (reversed: {"errors":[...],"message":"error"}, list entries from website to username).',
  allows: ['api.format.json', 'retrieve.answer.list-fields'],
  install(parts) {
    const writeJson = parts.writeJson;
    parts.writeJson = (answer) => JSON.stringify(keysReversed(JSON.parse(String(writeJson(answer)))), null, 2);
  },
};
