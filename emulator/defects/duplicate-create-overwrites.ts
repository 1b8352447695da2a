import type { Defect } from './defect.ts';

export const duplicateCreateOverwrites: Defect = {
  name: 'duplicate-create-overwrites',
  description:
    'create with a username already held succeeds and replaces the first customer: the uniqueness check is missing.',
  breaks: ['create.username.not-taken', 'create.effect.duplicate-keeps-first'],
  install(parts) {
    const create = parts.operations.find((operation) => operation.id === 'create');
    for (const parameter of create?.parameters ?? []) {
      parameter.constraints = parameter.constraints.filter((constraint) => constraint.kind !== 'notTaken');
    }
  },
};
