import { parameterOf } from '../constraint-of.ts';
import type { Defect } from '../defect.ts';

export const passwordMaxSixteen: Defect = {
  name: 'independent-password-max-sixteen',
  description:
    'create refuses a password longer than 16 characters: a legacy column limit the documents never state ("at least ' +
    '6", no maximum).',
  breaks: ['create.valid.accepted'],
  install(parts) {
    for (const name of ['password', 'confirm_password']) {
      parameterOf(parts.operations, 'create', name).constraints.push({
        kind: 'maxLength',
        value: 16,
        accepting: 'create.valid.accepted',
        refusing: 'create.valid.accepted',
        enforcement: 'enforced',
      });
    }
  },
};
