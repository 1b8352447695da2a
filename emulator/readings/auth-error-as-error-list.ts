import { AUTH_ERROR_MESSAGE, errorList } from '../answers/answer.ts';
import type { Reading } from './reading.ts';

const AS_LIST = errorList([AUTH_ERROR_MESSAGE]);

export const authErrorAsErrorList: Reading = {
  name: 'auth-error-as-error-list',
  description:
    'wrong credentials are answered with the documented error list {"message":"error","errors":["Permission ' +
    'denied, wrong credentials"]} instead of the recorded error object (D12).',
  allows: ['api.auth.wrong-credentials'],
  install(parts) {
    const [writeJson, writeXml] = [parts.writeJson, parts.writeXml];
    parts.writeJson = (answer) => writeJson(answer.kind === 'auth-error' ? AS_LIST : answer);
    parts.writeXml = (answer) => writeXml(answer.kind === 'auth-error' ? AS_LIST : answer);
  },
};
