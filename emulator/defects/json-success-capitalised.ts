import type { Defect } from './defect.ts';
import { SUCCESS_ENVELOPE_REQUIREMENTS } from './envelope-requirements.ts';

export const jsonSuccessCapitalised: Defect = {
  name: 'json-success-capitalised',
  description: 'JSON success answers say {"message":"Success"}: the message is taken from a display string.',
  breaks: SUCCESS_ENVELOPE_REQUIREMENTS,
  install(parts) {
    const write = parts.writeJson;
    parts.writeJson = (answer) =>
      answer.kind === 'success' ? JSON.stringify({ message: 'Success' }, null, 2) : write(answer);
  },
};
