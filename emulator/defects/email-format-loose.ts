import { valuesOf } from '../../lib/contracts/parameter-values.ts';
import type { Defect } from './defect.ts';

// The pattern a hurried implementation uses: something, an @, something.
const LOOSE_EMAIL = /^.+@.+$/;

export const emailFormatLoose: Defect = {
  name: 'email-format-loose',
  description:
    'email checks use the pattern ".+@.+": two @, spaces and a domain without a dot are accepted as email addresses.',
  breaks: ['create.email.format', 'update_email.email.format', 'update_username.username.format'],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) =>
      validate(operation, values, context).filter((violation) => {
        if (violation.kind !== 'format') return true;
        const parameter = operation.parameters.find((candidate) => candidate.name === violation.parameter);
        const isEmailRule = parameter?.constraints.some(
          (constraint) => constraint.kind === 'format' && constraint.format === 'email',
        );
        return !(parameter && isEmailRule && LOOSE_EMAIL.test(valuesOf(parameter, values)?.[0] ?? ''));
      });
  },
};
