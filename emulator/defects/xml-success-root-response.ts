import type { Defect } from './defect.ts';
import { SUCCESS_ENVELOPE_REQUIREMENTS } from './envelope-requirements.ts';

export const xmlSuccessRootResponse: Defect = {
  name: 'xml-success-root-response',
  description:
    'XML success answers are wrapped in <response> instead of <result>: the success template names its root differently.',
  breaks: SUCCESS_ENVELOPE_REQUIREMENTS,
  install(parts) {
    const write = parts.writeXml;
    parts.writeXml = (answer) => {
      const bytes = write(answer);
      if (answer.kind !== 'success') return bytes;
      return Buffer.from(bytes.toString('latin1').replace(/<(\/?)result>/g, '<$1response>'), 'latin1');
    };
  },
};
