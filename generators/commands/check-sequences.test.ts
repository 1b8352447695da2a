import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { loadOperation } from '../../lib/contracts/load.ts';
import { rules } from '../../lib/rules/rules.ts';
import { emailAddress } from '../email-address.ts';
import { freeText } from '../free-text.ts';
import { maxLengthOf } from '../parameter-limits.ts';
import { checkSequences } from './check-sequences.ts';
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

test('the values commands fill in hold for every text and email field, even for a byte-counting target (D9)', () => {
  const filled = (['create', 'update_profile', 'update_email'] as const).flatMap((id) =>
    loadOperation(id).parameters.filter(
      (parameter) => parameter.role === 'value' && (parameter.valueType === 'text' || parameter.valueType === 'email'),
    ),
  );
  const emailRule = { kind: 'format', format: 'email', requirement: '', enforcement: 'enforced' } as const;
  const bad = filled.flatMap((parameter) => {
    const limit = maxLengthOf(parameter);
    const values = fc.sample(parameter.valueType === 'email' ? emailAddress(limit) : freeText(limit), 300);
    return values
      .filter(
        (value) =>
          Buffer.byteLength(value, 'utf8') > limit ||
          value.trim() !== value ||
          (parameter.valueType === 'email' && !rules.format.holds(value, emailRule, new Map(), undefined as never)),
      )
      .map((value) => `${parameter.name}: ${value}`);
  });
  expect(bad).toEqual([]);
});
