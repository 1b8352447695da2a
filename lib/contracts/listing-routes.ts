import type { Effect } from './types.ts';

/**
 * The requirements an effect routes a listing's disagreement after a success to, beside its first requirement:
 * the flag it sets (`fieldRequirement`), a second call in a row (`idempotentRequirement`), a field it must leave
 * as it was (`unchangedRequirement`), the fields a create fixes (`fixedRequirement`), the usernames a rename gives
 * and leaves (`newNameRequirement`, `oldNameRequirement`).
 */
export function listingRoutes(effect: Effect): string[] {
  switch (effect.kind) {
    case 'sets':
      return [effect.fieldRequirement, effect.idempotentRequirement, effect.unchangedRequirement].filter(isSet);
    case 'creates':
      return [effect.fixedRequirement].filter(isSet);
    case 'updates':
      return [effect.unchangedRequirement].filter(isSet);
    case 'renames':
      return [effect.newNameRequirement, effect.oldNameRequirement].filter(isSet);
    default:
      return [];
  }
}

function isSet(id: string | undefined): id is string {
  return id !== undefined;
}
