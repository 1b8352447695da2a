import { errorList } from '../answers/answer.ts';
import type { Reading } from './reading.ts';

export const manageUserFormatErrorList: Reading = {
  name: 'manage-user-format-error-list',
  description:
    'a customer named by something that is not an email (enable/disable/website_* user) is refused with the ' +
    'error list for its format instead of "User not found" (D4).',
  allows: [
    'api.limits.per-operation',
    'enable.user.format',
    'disable.user.format',
    'website_enable.user.format',
    'website_disable.user.format',
  ],
  install(parts) {
    const refuse = parts.refuse;
    parts.refuse = (call, violations) => {
      const formats = violations.filter(
        (violation) =>
          violation.kind === 'format' &&
          violation.parameter === call.prepared.subject?.name &&
          violation.refusal.includes('error-list'),
      );
      return formats.length > 0 ? errorList(formats.map((violation) => violation.message)) : refuse(call, violations);
    };
  },
};
