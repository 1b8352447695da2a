import type { Reading } from './reading.ts';

export const errorTextsEchoParameters: Reading = {
  name: 'error-texts-echo-parameters',
  description:
    'error texts repeat every parameter sent, the api_key included ("Password is required (sent: api_user=...&api_key=...)"): the texts are unspecified.',
  allows: ['api.answer.error-shapes', 'create.answer.error-envelope', 'update_profile.answer.error-envelope'],
  install(parts) {
    const refuse = parts.refuse;
    parts.refuse = (call, violations) => {
      const answer = refuse(call, violations);
      if (answer.kind !== 'error-list') return answer;
      const sent = [...call.values].flatMap(([name, values]) => values.map((value) => `${name}=${value}`)).join('&');
      return { ...answer, errors: answer.errors.map((error) => `${error} (sent: ${sent})`) };
    };
  },
};
