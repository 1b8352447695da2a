import type { Reading } from './reading.ts';
import { errorListRewritten } from '../shapes/refusal-shapes.ts';

export const errorTextsEchoParameters: Reading = {
  name: 'error-texts-echo-parameters',
  description:
    'error texts repeat every parameter sent, the api_key included ("Password is required (sent: ' +
    'api_user=...&api_key=...)"): the texts are unspecified.',
  allows: ['api.answer.error-shapes', 'create.answer.error-envelope', 'update_profile.answer.error-envelope'],
  install: errorListRewritten((list, call) => {
    const sent = [...call.values].flatMap(([name, values]) => values.map((value) => `${name}=${value}`)).join('&');
    return { ...list, errors: list.errors.map((error) => `${error} (sent: ${sent})`) };
  }),
};
