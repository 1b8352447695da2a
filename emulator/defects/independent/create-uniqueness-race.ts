import type { Defect } from '../defect.ts';
import { effectOf, later } from './support.ts';

/** How long the write lags behind the "not taken" check (a round trip to a slow store). */
export const CREATE_WRITE_LAG_MS = 150;

export const createUniquenessRace: Defect = {
  name: 'independent-create-uniqueness-race',
  description:
    'create checks "not taken" and writes the customer 150 ms later, without a lock: two creates of one username ' +
    'sent at once both succeed (the second overwrites the first), and so do a create and a rename to the same name.',
  // The register's sharper ID for the race (added with the race tests) named beside the one first written.
  breaks: ['create.username.not-taken', 'create.effect.duplicate-keeps-first', 'create.username.not-taken-concurrent'],
  install(parts) {
    effectOf(parts, 'create', async (call, clean) => {
      await later(CREATE_WRITE_LAG_MS);
      return clean(call);
    });
  },
};
