import type { Defect } from './defect.ts';
import { afterGap } from './race-gap.ts';

export const renameUniquenessRace: Defect = {
  name: 'rename-uniqueness-race',
  description:
    'update_username checks that the new username is free, then renames only after a short wait: two renames to ' +
    'one name, or a rename and a create of it, sent at once both succeed.',
  breaks: ['update_username.username.not-taken-concurrent'],
  install(parts) {
    parts.effects.renames = afterGap(parts.effects.renames);
  },
};
