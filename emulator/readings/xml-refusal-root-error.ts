import { escapeXmlText } from '../answers/xml-text.ts';
import { XML_DECLARATION } from '../answers/xml-writer.ts';
import type { Reading } from './reading.ts';

export const xmlRefusalRootError: Reading = {
  name: 'xml-refusal-root-error',
  description:
    'XML refusals are a document whose root is <error> (<error><code>400</code><message>...</message></error>) instead of <result> with the error list or the error object; JSON is unchanged.',
  allows: [
    'api.answer.error-shapes',
    'create.answer.error-envelope',
    'delete.answer.error-envelope',
    'update_email.answer.error-envelope',
    'update_password.answer.error-envelope',
    'update_profile.answer.error-envelope',
    'update_username.answer.error-envelope',
  ],
  install(parts) {
    const writeXml = parts.writeXml;
    const rootError = (code: number | string, message: string) =>
      Buffer.from(
        `${XML_DECLARATION}\n<error>\n   <code>${code}</code>\n   <message>${escapeXmlText(message)}</message>\n</error>\n`,
        'latin1',
      );
    parts.writeXml = (answer) => {
      if (answer.kind === 'error-list') return rootError(400, answer.errors.join('; '));
      // A refusal another reading answers with the error object (HTTP 200), not a transport refusal.
      if (answer.kind === 'http-error' && answer.status < 300) return rootError(answer.code, answer.message ?? '');
      return writeXml(answer);
    };
  },
};
