import { parseDefectList } from '../defects/catalogue.ts';
import { jsonOnlyListFields } from './json-only-list-fields.ts';
import type { Reading } from './reading.ts';
import { xmlAuthErrorRoot } from './xml-auth-error-root.ts';

/** Every reading the emulator can be started with (EMULATOR_READINGS=name,name or --readings). */
export const READINGS: readonly Reading[] = [
  // Answer shapes
  xmlAuthErrorRoot,
  // Lists
  jsonOnlyListFields,
];

/** The preset naming every reading that can coexist with the others. */
export const LIBERAL = 'liberal';

/** Readings that take a part another reading of the preset takes another way: left out of `liberal`, with the reason. */
export const OUTSIDE_LIBERAL: Readonly<Record<string, string>> = {};

/** The named readings, `liberal` expanded; an unknown name fails with the catalogue. */
export function readingsNamed(names: readonly string[]): Reading[] {
  const expanded = names.flatMap((name) => (name === LIBERAL ? READINGS.filter((reading) => !(reading.name in OUTSIDE_LIBERAL)).map((reading) => reading.name) : [name]));
  return [...new Set(expanded)].map((name) => {
    const reading = READINGS.find((candidate) => candidate.name === name);
    if (!reading) {
      const known = READINGS.map((candidate) => `  ${candidate.name}: ${candidate.description}`).join('\n');
      throw new Error(`Unknown emulator reading "${name}". Known readings (or "${LIBERAL}" for all that coexist):\n${known}`);
    }
    return reading;
  });
}

/** "a,b, c" -> ["a", "b", "c"]. */
export const parseReadingList = parseDefectList;
