import fc from 'fast-check';

/** password and confirm_password: mostly a valid matching pair, sometimes too short or not matching. */
export const passwordPair: fc.Arbitrary<{ password: string; confirm: string }> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.stringMatching(/^[A-Za-z0-9]{6,16}$/).map((password) => ({ password, confirm: password })),
  },
  {
    weight: 1,
    arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,5}$/).map((password) => ({ password, confirm: password })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.stringMatching(/^[A-Za-z0-9]{6,16}$/), fc.stringMatching(/^[A-Za-z0-9]{6,16}$/))
      .filter(([a, b]) => a !== b)
      .map(([password, confirm]) => ({ password, confirm })),
  },
);
