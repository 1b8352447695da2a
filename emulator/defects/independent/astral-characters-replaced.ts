import type { Defect } from '../defect.ts';
import { effectOf } from './support.ts';

// A 3-byte "utf8" database column (MySQL utf8mb3) cannot hold characters beyond the Basic Multilingual Plane.
const ASTRAL = /[\u{10000}-\u{10FFFF}]/gu;

export const astralCharactersReplaced: Defect = {
  name: 'independent-astral-characters-replaced',
  description:
    'create and profile updates store text in a 3-byte UTF-8 column: characters beyond the BMP (emoji, 𝔘, CJK ' +
    'extension B) become "?"; é, ü and 中 survive.',
  breaks: ['create.effect.listed', 'update_profile.effect.fields-changed', 'json.utf8'],
  install(parts) {
    for (const operationId of ['create', 'update_profile'] as const) {
      effectOf(parts, operationId, (call, clean) => {
        const values = new Map(
          [...call.values].map(([name, sent]) => [name, sent.map((value) => value.replace(ASTRAL, '?'))]),
        );
        return clean({ ...call, values });
      });
    }
  },
};
