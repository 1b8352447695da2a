import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { loadOperation } from '../../lib/contracts/load.ts';
import { rules } from '../../lib/rules/rules.ts';
import { validateParameters } from '../../lib/rules/validate.ts';
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
  const failure = await checkSequences({ ...settings, driver: twinTarget().driver });
  expect(failure).toBeUndefined();
});

for (const broken of ['disable', 'update_username', 'delete', 'update_profile'] as const) {
  test(`a target whose ${broken} answers success without effect is caught, shrunk and named`, async () => {
    const effect = loadOperation(broken).effect;
    const effectRequirements = 'requirements' in effect ? effect.requirements : [];
    const failure = await checkSequences({ ...settings, numRuns: 200, driver: twinTarget(broken).driver });
    expect([...(failure?.verdict?.violated ?? [])].some((id) => effectRequirements.includes(id))).toBe(true);
    expect(failure?.message).toContain(broken);
    // Shrunk: a create then the broken call (update_profile and friends may need one more).
    expect(failure?.script.filter((line) => !line.startsWith('retrieve')).length).toBeLessThanOrEqual(3);
  });
}

// The model trusts what each command was built to break; the rule engine (the emulator's) cross-checks
// the generators here, never inside the suite: a call the model expects to succeed breaks no rule, and
// a call it allows a refusal for breaks one.
test('the rules each command says it breaks, with the model state, are the ones the rule engine finds', async () => {
  const twin = twinTarget();
  const disagreements: string[] = [];
  const driver = () => {
    const inner = twin.driver();
    return {
      ...inner,
      async call(...[operation, pairs, style, accepted]: Parameters<typeof inner.call>) {
        if (style.credentials === 'valid') {
          const context = {
            account,
            today: new Date().toISOString().slice(0, 10),
            isTaken: (username: string) => twin.state.taken(username) !== 'no',
            isRegisteredCustomer: (username: string) => twin.state.isCustomer(username),
          };
          const credentials = operation.parameters.filter((parameter) => parameter.role === 'credential');
          const found = validateParameters(operation, pairs, context)
            .filter((violation) => !credentials.some((parameter) => parameter.name === violation.parameter))
            .map((violation) => violation.requirement);
          const successOnly = accepted.every((kind) => kind === operation.answers.success);
          if (successOnly !== (found.length === 0))
            disagreements.push(
              `${operation.id} ${JSON.stringify(pairs)}: model allows ${accepted}, engine finds [${found}]`,
            );
        }
        return inner.call(operation, pairs, style, accepted);
      },
    };
  };
  expect(await checkSequences({ ...settings, numRuns: 100, driver })).toBeUndefined();
  expect(disagreements).toEqual([]);
});

test('the values commands fill in hold for every text and email field, even for a byte-counting target (D9)', () => {
  const filled = (['create', 'update_profile', 'update_email'] as const).flatMap((id) =>
    loadOperation(id).parameters.filter(
      (parameter) => parameter.role === 'value' && (parameter.valueType === 'text' || parameter.valueType === 'email'),
    ),
  );
  const emailRule = { kind: 'format', format: 'email', accepting: '', refusing: '', enforcement: 'enforced' } as const;
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
