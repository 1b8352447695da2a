import type { Defect } from '../defect.ts';
import { extraViolation, validateOf } from './support.ts';

// The copy-pasted regular expression of many tutorials: a top-level domain of 2 to 4 letters.
const TUTORIAL_EMAIL = /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,4}$/i;

export const emailTldMaxFour: Defect = {
  name: 'independent-email-tld-max-four',
  description:
    'create refuses a plain email whose top-level domain has more than 4 letters (ann@example.museum, ' +
    'bob@mail.example): a tutorial regular expression.',
  breaks: ['create.valid.accepted', 'create.email.format'],
  install(parts) {
    validateOf(parts, 'create', (operation, values, context, clean) => {
      const violations = clean(operation, values, context);
      const email = values.get('email')?.[0];
      if (email && !violations.some((violation) => violation.parameter === 'email') && !TUTORIAL_EMAIL.test(email)) {
        violations.push(
          extraViolation(operation, 'email', 'format', 'Email must be in email format', 'create.email.format'),
        );
      }
      return violations;
    });
  },
};
