import { valuesOf } from '../../lib/contracts/parameter-values.ts';
import type { Reading } from './reading.ts';

// The narrowest reading D18 names: plain lowercase ASCII local@label.tld.
const PLAIN_EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

export const emailFormatStrict: Reading = {
  name: 'email-format-strict',
  description:
    'email format is read narrowly: only plain lowercase ASCII local@label.tld addresses pass; quoted local parts, IP literals, capitals and non-ASCII are refused (D18).',
  allows: ['api.email.format-reading'],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) => {
      const violations = validate(operation, values, context);
      for (const parameter of operation.parameters) {
        for (const constraint of parameter.constraints) {
          if (constraint.kind !== 'format' || constraint.format !== 'email') continue;
          if (violations.some((violation) => violation.requirement === constraint.refusing)) continue;
          if ((valuesOf(parameter, values) ?? []).every((value) => value === '' || PLAIN_EMAIL.test(value))) continue;
          violations.push({
            requirement: constraint.refusing,
            parameter: parameter.name,
            kind: 'format',
            message: `${parameter.name} must be a plain email address`,
            refusal: constraint.refusal ?? operation.answers.refusal,
          });
        }
      }
      return violations;
    };
  },
};
