import type { Reading } from './reading.ts';

export const jsonEscapedSlashes: Reading = {
  name: 'json-escaped-slashes',
  description: 'JSON escapes every "/" as "\\/", as the real service (PHP) did: "http:\\/\\/example.com".',
  allows: ['api.format.json', 'json.utf8'],
  install(parts) {
    const writeJson = parts.writeJson;
    // A "/" can only occur inside a JSON string, where "\/" is a valid escape.
    parts.writeJson = (answer) => String(writeJson(answer)).replaceAll('/', '\\/');
  },
};
