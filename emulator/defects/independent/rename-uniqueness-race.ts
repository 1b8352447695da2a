import type { Defect } from '../defect.ts';
import { effectOf, later } from './support.ts';

/** How long the rename's write lags behind its "not taken" check. */
export const RENAME_WRITE_LAG_MS = 150;

export const renameUniquenessRace: Defect = {
  name: 'independent-rename-uniqueness-race',
  description:
    'setUsername checks "not taken" and renames 150 ms later, without a lock: two renames of different customers to ' +
    'one new name sent at once both succeed, and one customer vanishes under the other.',
  // The register's sharper ID (added with the race tests) named beside the one first written.
  breaks: ['update_username.username.not-taken', 'update_username.username.not-taken-concurrent'],
  install(parts) {
    effectOf(parts, 'update_username', async (call, clean) => {
      await later(RENAME_WRITE_LAG_MS);
      return clean(call);
    });
  },
};
