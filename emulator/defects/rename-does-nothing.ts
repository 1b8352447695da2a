import { SUCCESS } from '../answers/answer.ts';
import type { Defect } from './defect.ts';

export const renameDoesNothing: Defect = {
  name: 'rename-does-nothing',
  description: 'update_username answers success but the customer keeps its old username.',
  breaks: ['update_username.effect.listed-new-name', 'update_username.effect.old-name-unknown'],
  install(parts) {
    parts.effects.renames = () => SUCCESS;
  },
};
