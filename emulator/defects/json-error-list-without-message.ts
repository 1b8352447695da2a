import type { Defect } from './defect.ts';
import { ERROR_ENVELOPE_REQUIREMENTS } from './envelope-requirements.ts';

export const jsonErrorListWithoutMessage: Defect = {
  name: 'json-error-list-without-message',
  description: 'JSON error lists carry only {"errors":[...]}: the writer drops "message":"error".',
  breaks: ERROR_ENVELOPE_REQUIREMENTS,
  install(parts) {
    const write = parts.writeJson;
    parts.writeJson = (answer) =>
      answer.kind === 'error-list' ? JSON.stringify({ errors: answer.errors }, null, 2) : write(answer);
  },
};
