import { jsonBody } from '../answers/json-writer.ts';
import type { Defect } from './defect.ts';

export const jsonErrorsAsString: Defect = {
  name: 'json-errors-as-string',
  description: 'JSON error lists carry "errors" as one joined string instead of an array of strings.',
  breaks: [
    'create.answer.error-envelope',
    'delete.answer.error-envelope',
    'update_profile.answer.error-envelope',
    'update_password.answer.error-envelope',
    'update_username.answer.error-envelope',
    'update_email.answer.error-envelope',
  ],
  install(parts) {
    parts.writeJson = (answer) =>
      JSON.stringify(
        answer.kind === 'error-list' ? { message: 'error', errors: answer.errors.join('; ') } : jsonBody(answer),
        null,
        2,
      );
  },
};
