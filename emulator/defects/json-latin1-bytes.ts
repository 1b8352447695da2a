import type { Defect } from './defect.ts';

export const jsonLatin1Bytes: Defect = {
  name: 'json-latin1-bytes',
  description: 'JSON answers are encoded as ISO-8859-1 (the XML encoder is reused): non-ASCII values are not UTF-8.',
  breaks: ['json.utf8'],
  install(parts) {
    const write = parts.writeJson;
    parts.writeJson = (answer) => {
      const body = write(answer);
      return typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
    };
  },
};
