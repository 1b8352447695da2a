import type { Reading } from './reading.ts';

const PACKAGE = 'package';

export const freeUserRelaxesPackage: Reading = {
  name: 'free-user-relaxes-package',
  description:
    'create with free_user=true needs no package: a free customer created without one (or with it empty) ' +
    'succeeds (D16).',
  allows: ['create.free_user.relaxes-package', 'create.package.required', 'create.package.non-empty'],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) => {
      const violations = validate(operation, values, context);
      if (operation.id !== 'create' || values.get('free_user')?.[0] !== 'true') return violations;
      return violations.filter(
        (violation) =>
          !(violation.parameter === PACKAGE && (violation.kind === 'missing' || violation.kind === 'empty')),
      );
    };
  },
};
