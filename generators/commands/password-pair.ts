import fc from 'fast-check';
import type { Breakage } from '../../lib/model/predict.ts';

/** A password and its confirmation, with the rules the pair was built to break. */
export interface PasswordPair {
  password: string;
  confirm: string;
  breaks: Breakage[];
}

/** password and confirm_password: mostly a valid matching pair, sometimes too short or not matching. */
export const passwordPair: fc.Arbitrary<PasswordPair> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .stringMatching(/^[A-Za-z0-9]{6,16}$/)
      .map((password): PasswordPair => ({ password, confirm: password, breaks: [] })),
  },
  {
    weight: 1,
    arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,5}$/).map((password): PasswordPair => ({
      password,
      confirm: password,
      breaks: [
        { parameter: 'password', rule: 'minLength' },
        { parameter: 'confirm_password', rule: 'minLength' },
      ],
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.stringMatching(/^[A-Za-z0-9]{6,16}$/), fc.stringMatching(/^[A-Za-z0-9]{6,16}$/))
      .filter(([a, b]) => a !== b)
      .map(([password, confirm]): PasswordPair => ({
        password,
        confirm,
        breaks: [{ parameter: 'confirm_password', rule: 'equalsParameter' }],
      })),
  },
);
