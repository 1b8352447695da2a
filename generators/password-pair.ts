import fc from 'fast-check';
import { asciiText } from './ascii-text.ts';
import { password } from './password.ts';

/**
 * password and confirm_password for a minimum of `minLength`: mostly a valid matching pair,
 * sometimes a matching pair one character short, sometimes two valid passwords that differ.
 */
export function passwordPair(minLength: number): fc.Arbitrary<{ password: string; confirm: string }> {
  const same = (value: string) => ({ password: value, confirm: value });
  return fc.oneof(
    { weight: 8, arbitrary: password(minLength).map(same) },
    { weight: 1, arbitrary: asciiText(minLength - 1).map(same) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(password(minLength), password(minLength))
        .filter(([first, second]) => first !== second)
        .map(([first, second]) => ({ password: first, confirm: second })),
    },
  );
}
