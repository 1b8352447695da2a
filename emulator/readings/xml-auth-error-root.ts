import { AUTH_ERROR_MESSAGE } from '../answers/answer.ts';
import { escapeXmlText } from '../answers/xml-text.ts';
import { XML_DECLARATION } from '../answers/xml-writer.ts';
import type { Reading } from './reading.ts';

export const xmlAuthErrorRoot: Reading = {
  name: 'xml-auth-error-root',
  description:
    'XML wrong credentials are answered with a root <error> document, as published XML clients of Web API v2 look for: <error><code>401</code><message>Permission denied, wrong credentials</message></error>.',
  allows: ['api.auth.wrong-credentials', 'api.answer.error-shapes'],
  install(parts) {
    const writeXml = parts.writeXml;
    parts.writeXml = (answer) =>
      answer.kind === 'auth-error'
        ? Buffer.from(
            `${XML_DECLARATION}<error><code>401</code><message>${escapeXmlText(AUTH_ERROR_MESSAGE)}</message></error>`,
            'latin1',
          )
        : writeXml(answer);
  },
};
