import fc from 'fast-check';
import type { Breakage } from '../lib/model/predict.ts';
import { asciiText } from './ascii-text.ts';
import { password } from './password.ts';

/** A password and its confirmation, with the rules the pair was built to break. */
export interface PasswordPair {
  password: string;
  confirm: string;
  breaks: Breakage[];
}

/**
 * password and confirm_password for a minimum of `minLength`: mostly a valid matching pair,
 * sometimes a matching pair one character short, sometimes two valid passwords that differ.
 */
export function passwordPair(minLength: number): fc.Arbitrary<PasswordPair> {
  const same =
    (breaks: Breakage[]) =>
    (value: string): PasswordPair => ({ password: value, confirm: value, breaks });
  return fc.oneof(
    { weight: 8, arbitrary: password(minLength).map(same([])) },
    {
      weight: 1,
      arbitrary: asciiText(minLength - 1).map(
        same([
          { parameter: 'password', rule: 'minLength' },
          { parameter: 'confirm_password', rule: 'minLength' },
        ]),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(password(minLength), password(minLength))
        .filter(([first, second]) => first !== second)
        .map(([first, second]): PasswordPair => ({
          password: first,
          confirm: second,
          breaks: [{ parameter: 'confirm_password', rule: 'equalsParameter' }],
        })),
    },
  );
}
