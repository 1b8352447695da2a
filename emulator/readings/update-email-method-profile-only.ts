import type { Reading } from './reading.ts';

const METHOD = 'method';

export const updateEmailMethodProfileOnly: Reading = {
  name: 'update-email-method-profile-only',
  description:
    'setEmail is reached only with method=profile, as the example call sends it; method=password&task=setEmail ' +
    'is refused as an unknown call (D2).',
  allows: ['update_email.method.fixed-value'],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) => {
      const violations = validate(operation, values, context);
      const sent = values.get(METHOD)?.[0];
      if (operation.id !== 'update_email' || sent === operation.selectors[METHOD]) return violations;
      return [
        {
          requirement: 'update_email.method.fixed-value',
          parameter: METHOD,
          kind: 'oneOf',
          message: `Unknown method "${sent}"`,
          refusal: operation.answers.refusal,
        },
        ...violations,
      ];
    };
  },
};
