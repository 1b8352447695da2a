import { valuesOf } from '../../lib/contracts/parameter-values.ts';
import type { Reading } from './reading.ts';

export const lengthsInUtf8Bytes: Reading = {
  name: 'lengths-in-utf8-bytes',
  description:
    '"No more than N characters" counts UTF-8 bytes: a non-ASCII value within N code points but beyond N bytes is refused (D9).',
  allows: ['api.length.code-points'],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) => {
      const violations = validate(operation, values, context);
      for (const parameter of operation.parameters) {
        for (const constraint of parameter.constraints) {
          if (constraint.kind !== 'maxLength') continue;
          const tooLong = (valuesOf(parameter, values) ?? []).some(
            (value) => Buffer.byteLength(value) > constraint.value && [...value].length <= constraint.value,
          );
          if (!tooLong) continue;
          violations.push({
            requirement: constraint.refusing,
            parameter: parameter.name,
            kind: 'maxLength',
            message: `${parameter.name} must be no more than ${constraint.value} bytes`,
            refusal: constraint.refusal ?? operation.answers.refusal,
          });
        }
      }
      return violations;
    };
  },
};
