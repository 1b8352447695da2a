import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { loadOperations } from '../../lib/contracts/load.ts';
import { rules } from '../../lib/rules/rules.ts';
import { validateParameters } from '../../lib/rules/validate.ts';
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
  const failure = await checkSequences({ ...settings, driver: twinTarget().driver });
  expect(failure).toBeUndefined();
});

for (const broken of ['disable', 'update_username', 'delete', 'update_profile'] as const) {
  test(`a target whose ${broken} answers success without effect is caught, shrunk and named`, async () => {
    const failure = await checkSequences({ ...settings, numRuns: 200, driver: twinTarget(broken).driver });
    expect(failure?.requirements.some((requirement) => requirement.startsWith(`${broken}.effect.`))).toBe(true);
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
