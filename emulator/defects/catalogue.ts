import { confirmPasswordNotCompared } from './confirm-password-not-compared.ts';
import type { Defect } from './defect.ts';
import { disableDoesNothing } from './disable-does-nothing.ts';
import { enableUnknownUserSucceeds } from './enable-unknown-user-succeeds.ts';
import { jsonErrorsAsString } from './json-errors-as-string.ts';
import { nonAsciiCreateCrashes } from './non-ascii-create-crashes.ts';
import { passwordMinLengthFive } from './password-min-length-five.ts';
import { refusedCreateStillStores } from './refused-create-still-stores.ts';
import { retrieveLeaksOtherResellers } from './retrieve-leaks-other-resellers.ts';
import { usernameLimitOffByOne } from './username-limit-off-by-one.ts';
import { xmlDeclarationWithoutEncoding } from './xml-declaration-without-encoding.ts';

/** Every defect the emulator can be started with (EMULATOR_DEFECTS=name,name or --defects). */
export const DEFECTS: readonly Defect[] = [
  usernameLimitOffByOne,
  passwordMinLengthFive,
  confirmPasswordNotCompared,
  disableDoesNothing,
  xmlDeclarationWithoutEncoding,
  jsonErrorsAsString,
  retrieveLeaksOtherResellers,
  nonAsciiCreateCrashes,
  refusedCreateStillStores,
  enableUnknownUserSucceeds,
];

/** The named defects; an unknown name fails with the catalogue. */
export function defectsNamed(names: readonly string[]): Defect[] {
  return names.map((name) => {
    const defect = DEFECTS.find((candidate) => candidate.name === name);
    if (!defect) {
      const known = DEFECTS.map((candidate) => `  ${candidate.name}: ${candidate.description}`).join('\n');
      throw new Error(`Unknown emulator defect "${name}". Known defects:\n${known}`);
    }
    return defect;
  });
}

/** "a,b, c" -> ["a", "b", "c"]. */
export function parseDefectList(text: string | undefined): string[] {
  return (text ?? '').split(',').map((name) => name.trim()).filter(Boolean);
}
