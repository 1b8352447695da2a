import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { loadOperations } from '../../lib/contracts/load.ts';
import { rules } from '../../lib/rules/rules.ts';
import { checkSequences } from './check-sequences.ts';
import { emailAddress } from './email-address.ts';
import { fieldText } from './field-text.ts';
import { twinTarget } from './twin-target.ts';

const account = {
  packages: ['Silver Package'],
  ipGroups: ['pool'],
  ips: ['198.51.100.10'],
  whitelabels: ['mail.example'],
};
const settings = { account, namePrefix: 'selftest', nameDomain: 'example.com', numRuns: 30, maxCommands: 15, seed: 42 };

test('sequences against a target that behaves as the contracts say agree with the model', async () => {
  const failure = await checkSequences({ ...settings, driver: twinTarget(account).driver });
  expect(failure).toBeUndefined();
});

for (const broken of ['disable', 'update_username', 'delete', 'update_profile'] as const) {
  test(`a target whose ${broken} answers success without effect is caught, shrunk and named`, async () => {
    const failure = await checkSequences({ ...settings, numRuns: 200, driver: twinTarget(account, broken).driver });
    expect(failure?.requirements.some((requirement) => requirement.startsWith(`${broken}.effect.`))).toBe(true);
    expect(failure?.message).toContain(broken);
    // Shrunk: a create then the broken call (update_profile and friends may need one more).
    expect(failure?.script.filter((line) => !line.startsWith('retrieve')).length).toBeLessThanOrEqual(3);
  });
}

test('generated values are valid for every field they fill (email rule and limits, D9 quarter limit)', () => {
  const limits = loadOperations().flatMap((operation) =>
    operation.parameters.flatMap((parameter) => parameter.constraints.map((constraint) => ({ parameter, constraint }))),
  );
  const textLimit = Math.min(
    ...limits
      .filter(({ parameter, constraint }) => parameter.valueType === 'text' && constraint.kind === 'maxLength')
      .map(({ constraint }) => (constraint.kind === 'maxLength' ? constraint.value : Infinity)),
  );
  const emailLimit = Math.min(
    ...limits
      .filter(({ parameter, constraint }) => parameter.valueType === 'email' && constraint.kind === 'maxLength')
      .map(({ constraint }) => (constraint.kind === 'maxLength' ? constraint.value : Infinity)),
  );
  const badTexts = fc.sample(fieldText, 500).filter((text) => [...text].length > textLimit / 4 || text.trim() !== text);
  const badEmails = fc
    .sample(emailAddress, 500)
    .filter(
      (email) =>
        !rules.format.holds(
          email,
          { kind: 'format', format: 'email', accepting: '', refusing: '', enforcement: 'enforced' },
          new Map(),
          undefined as never,
        ) || email.length > emailLimit,
    );
  expect({ badTexts, badEmails }).toEqual({ badTexts: [], badEmails: [] });
});
