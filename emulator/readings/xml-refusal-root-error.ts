import { errorObjectOf } from '../answers/answer.ts';
import { rootErrorXml } from '../answers/xml-writer.ts';
import type { Reading } from './reading.ts';
import { ERROR_ENVELOPE_REQUIREMENTS } from '../defects/envelope-requirements.ts';

export const xmlRefusalRootError: Reading = {
  name: 'xml-refusal-root-error',
  description:
    'XML refusals are a document whose root is <error> (<error><code>400</code><message>...</message></error>) ' +
    'instead of <result> with the error list or the error object; JSON is unchanged.',
  allows: ['api.answer.error-shapes', ...ERROR_ENVELOPE_REQUIREMENTS],
  install(parts) {
    const writeXml = parts.writeXml;
    parts.writeXml = (answer) => {
      // The error list as the error object refusal-error-object answers with; a refusal another reading
      // answers with the error object (HTTP 200), not a transport refusal.
      const refusal = answer.kind === 'error-list' ? errorObjectOf(answer.errors) : answer;
      return refusal.kind === 'http-error' && refusal.status < 300
        ? rootErrorXml(refusal.code, refusal.message ?? '', { indent: '   ', newline: '\n' })
        : writeXml(answer);
    };
  },
};
