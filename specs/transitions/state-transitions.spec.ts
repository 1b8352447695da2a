import { loadOperation, loadRequirements } from '../../lib/contracts/load.ts';
import type { Format, OperationId } from '../../lib/contracts/types.ts';
import { createPairs } from '../../generators/commands/create-pairs.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { subjectOperations, validCallOn } from './support/manage-calls.ts';
import { test } from './fixtures.ts';
import { described } from './support/transition.ts';

const formats: Format[] = ['json', 'xml'];
const on = (operationId: OperationId, username: string) => subjectPairs(loadOperation(operationId), username);
const sets = (operationId: OperationId) => {
  const effect = loadOperation(operationId).effect;
  if (effect.kind !== 'sets') throw new Error(`${operationId} does not set a field`);
  return effect;
};

for (const format of formats) {
  test.describe(`${format}`, () => {
    test(
      'create: the customer is listed with every value sent (digits-only ones as text) and active "true"',
      described(
        'create',
        format,
        [
          'create.effect.listed',
          'create.effect.active',
          'create.valid.accepted',
          'retrieve.answer.list-envelope',
          'retrieve.answer.list-fields',
          'retrieve.answer.active-string',
        ],
        ['@transition'],
      ),
      async ({ scenario }) => {
        const s = scenario(format);
        // The seed lists zip 91234 as "91234": a value made only of digits stays text, leading zero and all.
        if (await s.create({ zip: s.names.digits(), phone: s.names.digits() })) {
          await s.expectListing(
            (mismatch) => (mismatch.field === 'active' ? 'create.effect.active' : 'create.effect.listed'),
            'after create the customer is listed with the values sent and active "true"',
          );
        }
        await s.findings.report();
      },
    );

    test(
      'create: a duplicate username is refused and the first customer stays as it was',
      described(
        'create',
        format,
        ['create.effect.duplicate-keeps-first', 'create.username.not-taken'],
        ['@transition'],
      ),
      async ({ scenario }) => {
        const s = scenario(format);
        const first = await s.create();
        if (first) {
          const duplicate = createPairs(s.account, {
            username: first.username,
            email: s.names.email(),
            password: 'Other1234',
            confirmPassword: 'Other1234',
            text: (name) => s.names.text(name),
          });
          const second = await s.call('create', duplicate, loadOperation('create').answers.refusal);
          s.findings.expectKind(
            second,
            loadOperation('create').answers.refusal,
            'create.username.not-taken',
            'a create with a username already held is refused',
          );
          await s.expectListing(
            () => 'create.effect.duplicate-keeps-first',
            'the first customer is listed unchanged after a refused duplicate',
          );
        }
        await s.findings.report();
      },
    );

    test(
      'disable: the customer is listed with active "false", and a second disable changes nothing',
      described('disable', format, ['disable.effect.active', 'disable.effect.idempotent'], ['@transition']),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await s.create();
        if (customer && (await s.succeed('disable', on('disable', customer.username)))) {
          await s.expectListing(
            () => 'disable.effect.active',
            `after disable the customer is listed with active "${sets('disable').value}"`,
          );
          if (await s.succeed('disable', on('disable', customer.username), 'disable.effect.idempotent')) {
            await s.expectListing(
              () => 'disable.effect.idempotent',
              `a second disable leaves active "${sets('disable').value}"`,
            );
          }
        }
        await s.findings.report();
      },
    );

    test(
      'enable: a disabled customer is listed with active "true" again, and a second enable changes nothing',
      described('enable', format, ['enable.effect.active', 'enable.effect.idempotent'], ['@transition']),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await s.create();
        if (
          customer &&
          (await s.succeed('disable', on('disable', customer.username))) &&
          (await s.succeed('enable', on('enable', customer.username)))
        ) {
          await s.expectListing(
            () => 'enable.effect.active',
            `after enable the customer is listed with active "${sets('enable').value}"`,
          );
          if (await s.succeed('enable', on('enable', customer.username), 'enable.effect.idempotent')) {
            await s.expectListing(
              () => 'enable.effect.idempotent',
              `a second enable leaves active "${sets('enable').value}"`,
            );
          }
        }
        await s.findings.report();
      },
    );

    for (const [operationId, start] of [
      ['website_disable', 'enabled'],
      ['website_enable', 'disabled'],
    ] as const) {
      const effect = sets(operationId);
      test(
        `${operationId}: succeeds, leaves active as it was (${start} customer) and agrees with website_access where listed`,
        described(operationId, format, effect.requirements, ['@transition']),
        async ({ scenario }) => {
          const s = scenario(format);
          const customer = await s.create();
          const prepared =
            customer && (start === 'enabled' || (await s.succeed('disable', on('disable', customer.username))));
          if (customer && prepared && (await s.succeed(operationId, on(operationId, customer.username)))) {
            const listed = await s.expectListing(
              (mismatch) =>
                mismatch.field === effect.field
                  ? `${operationId}.effect.website-access-listed`
                  : `${operationId}.effect.active-unchanged`,
              `${operationId} does not change active; where ${effect.field} is listed it is "${effect.value}"`,
            );
            const entry = listed.find((candidate) => candidate['username'] === customer.username);
            if (entry && entry[effect.field] === undefined) {
              s.findings.notApplicable(
                `${operationId}.effect.website-access-listed`,
                `the target does not list ${effect.field}`,
              );
            }
          }
          await s.findings.report();
        },
      );
    }

    test(
      'update_profile: the named fields change and every other field stays as it was',
      described(
        'update_profile',
        format,
        ['update_profile.effect.fields-changed', 'update_profile.effect.others-unchanged'],
        ['@transition'],
      ),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await s.create();
        const effect = loadOperation('update_profile').effect;
        const updatable = effect.kind === 'updates' ? effect.fromParameters : [];
        const named = updatable.filter((_, index) => index % 3 === 1);
        if (
          customer &&
          (await s.succeed('update_profile', [
            ...on('update_profile', customer.username),
            ...named.map((name): [string, string] => [name, s.names.text(name)]),
          ]))
        ) {
          await s.expectListing(
            (mismatch) =>
              mismatch.field !== undefined && named.includes(mismatch.field)
                ? 'update_profile.effect.fields-changed'
                : 'update_profile.effect.others-unchanged',
            `after update_profile of ${named.join(', ')} those fields have the new values and all others their old ones`,
          );
        }
        await s.findings.report();
      },
    );

    test(
      'update_password: succeeds; a mismatched or short password is refused; the listing is unchanged',
      described(
        'update_password',
        format,
        [
          'update_password.valid.accepted',
          'update_password.confirm_password.matches-password',
          'update_password.password.min-length',
          'update_password.refusal.no-effect',
        ],
        ['@transition'],
      ),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await s.create();
        const refusal = loadOperation('update_password').answers.refusal;
        s.findings.notApplicable(
          'update_password.effect.password-changed',
          loadRequirements().get('update_password.effect.password-changed')?.untestable ??
            'not observable through this API',
        );
        if (
          customer &&
          (await s.succeed('update_password', [
            ...on('update_password', customer.username),
            ['password', 'NewSecret1'],
            ['confirm_password', 'NewSecret1'],
          ]))
        ) {
          await s.refused(
            'update_password',
            [
              ...on('update_password', customer.username),
              ['password', 'NewSecret1'],
              ['confirm_password', 'NewSecret2'],
            ],
            refusal,
            'update_password.confirm_password.matches-password',
            'confirm_password must match password',
          );
          await s.refused(
            'update_password',
            [...on('update_password', customer.username), ['password', 'Ab1'], ['confirm_password', 'Ab1']],
            refusal,
            'update_password.password.min-length',
            'password must be at least 6 characters',
          );
          await s.expectListing(
            () => 'update_password.refusal.no-effect',
            'update_password changes nothing the list shows',
          );
        }
        await s.findings.report();
      },
    );

    test(
      'update_username: listed under the new name, the old name no longer resolves',
      described(
        'update_username',
        format,
        ['update_username.effect.listed-new-name', 'update_username.effect.old-name-unknown'],
        ['@transition'],
      ),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await s.create();
        const renamed = s.names.username();
        if (
          customer &&
          (await s.succeed('update_username', [...on('update_username', customer.username), ['username', renamed]]))
        ) {
          await s.expectListing(
            () => 'update_username.effect.listed-new-name',
            'after setUsername the customer is listed under the new name with its other values, the old name not at all',
          );
          const enable = loadOperation('enable');
          await s.refused(
            'enable',
            on('enable', customer.username),
            enable.answers.unknownUser ?? enable.answers.refusal,
            'update_username.effect.old-name-unknown',
            'a manage call naming the old username answers as for an unknown user',
          );
        }
        await s.findings.report();
      },
    );

    test(
      'update_username: a taken name, a non-email, one over the limit or a SendGrid.com domain is refused',
      described(
        'update_username',
        format,
        [
          'update_username.username.not-taken',
          'update_username.username.format',
          'update_username.username.max-length',
          'update_username.username.no-sendgrid-domain',
          'update_username.refusal.no-effect',
        ],
        ['@transition'],
      ),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await s.create();
        const other = await s.create();
        const refusal = loadOperation('update_username').answers.refusal;
        if (customer && other) {
          const local = s.names.unique();
          const limit = maxLengthOf('update_username', 'username');
          const cases: Array<[string, string, string]> = [
            ['update_username.username.not-taken', other.username, 'a username another customer holds is refused'],
            [
              'update_username.username.format',
              `${local}.example.com`,
              'a username that is not an email address is refused',
            ],
            [
              'update_username.username.max-length',
              `${local}${'x'.repeat(limit + 1 - local.length - '@example.com'.length)}@example.com`,
              `a username over ${limit} characters is refused`,
            ],
            [
              'update_username.username.no-sendgrid-domain',
              `${local}@SendGrid.com`,
              'a username on a SendGrid.com domain is refused',
            ],
          ];
          for (const [requirement, username, documented] of cases) {
            await s.refused(
              'update_username',
              [...on('update_username', customer.username), ['username', username]],
              refusal,
              requirement,
              documented,
            );
          }
          await s.expectListing(() => 'update_username.refusal.no-effect', 'a refused setUsername changes nothing');
        }
        await s.findings.report();
      },
    );

    test(
      'update_email: the new email is listed, everything else unchanged',
      described('update_email', format, ['update_email.effect.listed'], ['@transition']),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await s.create();
        if (
          customer &&
          (await s.succeed('update_email', [...on('update_email', customer.username), ['email', s.names.email()]]))
        ) {
          await s.expectListing(
            () => 'update_email.effect.listed',
            'after setEmail the customer is listed with the new email and the same other values',
          );
        }
        await s.findings.report();
      },
    );

    test(
      'delete: no longer listed, every manage call answers as for an unknown user, the username cannot be registered again',
      described(
        'delete',
        format,
        [
          'delete.effect.unlisted',
          'delete.effect.unknown-after',
          'delete.effect.username-reserved',
          'delete.effect.timing',
        ],
        ['@transition'],
      ),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await s.create();
        if (customer && (await s.succeed('delete', on('delete', customer.username)))) {
          await s.expectListing(() => 'delete.effect.unlisted', 'after delete the customer is no longer listed');
          for (const operation of subjectOperations) {
            const contract = loadOperation(operation);
            await s.refused(
              operation,
              validCallOn(operation, customer.username, s.names),
              contract.answers.unknownUser ?? contract.answers.refusal,
              'delete.effect.unknown-after',
              `${operation} naming a deleted customer answers as for an unknown user`,
            );
          }
          await s.refused(
            'create',
            customer.pairs,
            loadOperation('create').answers.refusal,
            'delete.effect.username-reserved',
            "the deleted customer's username cannot be registered again",
          );
          await s.expectListing(
            () => 'delete.effect.username-reserved',
            'a refused create of a deleted username lists nothing',
          );
        }
        await s.findings.report();
      },
    );
  });
}

function maxLengthOf(operationId: OperationId, parameterName: string): number {
  const constraint = loadOperation(operationId)
    .parameters.find((parameter) => parameter.name === parameterName)
    ?.constraints.find((candidate) => candidate.kind === 'maxLength');
  if (constraint?.kind !== 'maxLength') throw new Error(`${operationId}.${parameterName} has no maxLength`);
  return constraint.value;
}
