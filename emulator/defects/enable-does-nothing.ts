import { SUCCESS } from '../answers/answer.ts';
import type { Defect } from './defect.ts';

export const enableDoesNothing: Defect = {
  name: 'enable-does-nothing',
  description: 'enable answers success but a disabled customer stays disabled.',
  breaks: ['enable.effect.active'],
  install(parts) {
    const setField = parts.effects.sets;
    parts.effects.sets = (call) => (call.prepared.operation.id === 'enable' ? SUCCESS : setField(call));
  },
};
