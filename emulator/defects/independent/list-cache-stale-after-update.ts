import type { Answer } from '../../answers/answer.ts';
import type { Defect } from '../defect.ts';
import type { Reseller } from '../../state/reseller.ts';

export const listCacheStaleAfterUpdate: Defect = {
  name: 'independent-list-cache-stale-after-update',
  description:
    'The unfiltered customer list is cached per reseller and the cache is cleared by create, delete, rename and ' +
    'enable/disable, but not by profile or email updates: after them the plain list still shows the old values (a ' +
    'filtered list is right).',
  breaks: ['update_profile.effect.fields-changed', 'update_email.effect.listed'],
  install(parts) {
    const cached = new WeakMap<Reseller, Answer>();
    const { none, creates, deletes, renames, sets } = parts.effects;
    parts.effects.none = (call) => {
      if (call.prepared.filters.some((filter) => call.values.has(filter.name))) return none(call);
      const hit = cached.get(call.reseller);
      if (hit) return hit;
      const answer = none(call) as Answer;
      cached.set(call.reseller, answer);
      return answer;
    };
    for (const [kind, handler] of [
      ['creates', creates],
      ['deletes', deletes],
      ['renames', renames],
      ['sets', sets],
    ] as const) {
      parts.effects[kind] = (call) => {
        cached.delete(call.reseller);
        return handler(call);
      };
    }
  },
};
