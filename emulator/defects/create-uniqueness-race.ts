import type { Defect } from './defect.ts';
import { afterGap } from './race-gap.ts';

export const createUniquenessRace: Defect = {
  name: 'create-uniqueness-race',
  description:
    'create checks that the username is free, then stores the customer only after a short wait: two creates of ' +
    'one name, or a create and a rename to it, sent at once both succeed.',
  breaks: ['create.username.not-taken-concurrent'],
  install(parts) {
    parts.effects.creates = afterGap(parts.effects.creates);
  },
};
