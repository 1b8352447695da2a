import { dropConstraint } from '../constraint-of.ts';
import type { Defect } from '../defect.ts';
import { extraViolation, validateOf } from './support.ts';

export const setEmailOnlyChecksAtSign: Defect = {
  name: 'independent-set-email-only-checks-at-sign',
  description:
    'setEmail checks "email format" as "contains an @": "@example.com", "a@@b.com", "ann@example" and "a ' +
    'b@example.com" are accepted and stored.',
  breaks: ['update_email.email.format'],
  install(parts) {
    dropConstraint(parts.operations, 'update_email', 'email', 'format');
    validateOf(parts, 'update_email', (operation, values, context, clean) => {
      const violations = clean(operation, values, context);
      const email = values.get('email')?.[0];
      if (email && !email.includes('@'))
        violations.push(
          extraViolation(operation, 'email', 'format', 'Email must be in email format', 'update_email.email.format'),
        );
      return violations;
    });
  },
};
