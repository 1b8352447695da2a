import { AUTH_ERROR_MESSAGE } from '../answers/answer.ts';
import { rootErrorXml } from '../answers/xml-writer.ts';
import type { Reading } from './reading.ts';

export const xmlAuthErrorRoot: Reading = {
  name: 'xml-auth-error-root',
  description:
    'XML wrong credentials are answered with a root <error> document, as published XML clients of Web API v2 ' +
    'look for: <error><code>401</code><message>Permission denied, wrong credentials</message></error>.',
  allows: ['api.auth.wrong-credentials', 'api.answer.error-shapes'],
  install(parts) {
    const writeXml = parts.writeXml;
    parts.writeXml = (answer) =>
      answer.kind === 'auth-error'
        ? rootErrorXml(401, AUTH_ERROR_MESSAGE, { indent: '', newline: '' })
        : writeXml(answer);
  },
};
