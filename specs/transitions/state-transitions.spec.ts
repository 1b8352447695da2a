import { contractFormats } from '../../lib/contracts/formats.ts';
import { limitOf } from '../../lib/contracts/limits.ts';
import { loadOperation, loadRequirements } from '../../lib/contracts/load.ts';
import { isAccepted } from '../../lib/envelopes/judge.ts';
import type { OperationId } from '../../lib/contracts/types.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { refusedAsUnknown } from './support/manage-calls.ts';
import { test } from './fixtures.ts';
import type { Scenario } from './support/scenario.ts';
import { described } from './support/transition.ts';

const on = (operationId: OperationId, username: string) => subjectPairs(loadOperation(operationId), username);
/** Calls each operation on `username` in turn while they succeed; whether all did. */
const succeedInTurn = async (s: Scenario, operationIds: readonly OperationId[], username: string) => {
  for (const operationId of operationIds) if (!(await s.succeed(operationId, on(operationId, username)))) return false;
  return true;
};
const sets = (operationId: OperationId) => {
  const effect = loadOperation(operationId).effect;
  if (effect.kind !== 'sets') throw new Error(`${operationId} does not set a field`);
  return effect;
};

for (const format of contractFormats()) {
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
          await s.refusedCreate(
            first.username,
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
      'create: a refused create reserves nothing: the same username with every value valid is then created',
      described(
        'create',
        format,
        ['create.refusal.no-effect', 'create.confirm_password.matches-password', 'create.valid.accepted'],
        ['@transition'],
      ),
      async ({ scenario }) => {
        const s = scenario(format);
        const create = loadOperation('create');
        const password = s.names.password();
        const pairsFor = (username: string, confirmPassword: string) =>
          s.createPairs(username, { password, confirm_password: confirmPassword });
        // A control: the target accepts such a create at all, so a refusal of the corrected one is the refused
        // one's doing.
        const control = await s.create();
        const username = s.names.username();
        const refused =
          control &&
          (await s.refused(
            'create',
            pairsFor(username, `${password.slice(0, -1)}${password.endsWith('a') ? 'b' : 'a'}`),
            create.answers.refusal,
            'create.confirm_password.matches-password',
            'a create whose confirm_password does not match password is refused',
          ));
        if (refused && isAccepted(refused.kind, create.answers.refusal)) {
          const corrected = pairsFor(username, password);
          const answer = await s.call('create', corrected, ['success']);
          if (
            s.findings.expectKind(
              answer,
              ['success'],
              'create.refusal.no-effect',
              'a refused create changes nothing, so the same username with every value valid is then created',
            )
          ) {
            s.model.apply(create, corrected);
            await s.expectListing(
              () => 'create.effect.listed',
              'the corrected create is listed with the values sent and active "true"',
            );
          }
        }
        await s.findings.report();
      },
    );

    for (const [operationId, title, before] of [
      ['disable', 'disable: the customer is listed with active "false", and a second disable changes nothing', []],
      [
        'enable',
        'enable: a disabled customer is listed with active "true" again, and a second enable changes nothing',
        ['disable'],
      ],
    ] as const) {
      const { value: active, fieldRequirement, idempotentRequirement } = sets(operationId);
      const idempotent = idempotentRequirement!;
      test(
        title,
        described(operationId, format, [fieldRequirement, idempotent], ['@transition']),
        async ({ scenario }) => {
          const s = scenario(format);
          const customer = await s.create();
          if (customer && (await succeedInTurn(s, [...before, operationId], customer.username))) {
            await s.expectListing(
              () => fieldRequirement,
              `after ${operationId} the customer is listed with active "${active}"`,
            );
            if (await s.succeed(operationId, on(operationId, customer.username), idempotent)) {
              await s.expectListing(() => idempotent, `a second ${operationId} leaves active "${active}"`);
            }
          }
          await s.findings.report();
        },
      );
    }

    // Each operation's two effect requirements, named: the set field where it is listed, and active unchanged.
    for (const [operationId, start] of [
      ['website_disable', 'enabled'],
      ['website_enable', 'disabled'],
    ] as const) {
      const effect = sets(operationId);
      const { fieldRequirement: fieldListed } = effect;
      const activeUnchanged = effect.unchangedRequirement!;
      test(
        `${operationId}: succeeds, leaves active as it was (${start} customer) ` +
          'and agrees with website_access where listed',
        described(operationId, format, effect.requirements, ['@transition']),
        async ({ scenario }) => {
          const s = scenario(format);
          const customer = await s.create();
          const steps: OperationId[] = start === 'enabled' ? [operationId] : ['disable', operationId];
          if (customer && (await succeedInTurn(s, steps, customer.username))) {
            const listed = await s.expectListing(
              (mismatch) => (mismatch.field === effect.field ? fieldListed : activeUnchanged),
              `${operationId} does not change active; where ${effect.field} is listed it is "${effect.value}"`,
            );
            const entry = listed.find((candidate) => candidate['username'] === customer.username);
            if (entry && entry[effect.field] === undefined) {
              s.findings.notApplicable(fieldListed, `the target does not list ${effect.field}`);
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
            ...named.map((name): [string, string] => [name, s.names.text(name, 'update_profile')]),
          ]))
        ) {
          await s.expectListing(
            (mismatch) =>
              mismatch.field !== undefined && named.includes(mismatch.field)
                ? 'update_profile.effect.fields-changed'
                : 'update_profile.effect.others-unchanged',
            `after update_profile of ${named.join(', ')} those fields have the new values ` +
              'and all others their old ones',
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
        const minLength = limitOf('update_password', 'password', 'minLength');
        const password = s.names.password();
        const short = s.names.shortPassword();
        s.findings.notApplicable(
          'update_password.effect.password-changed',
          loadRequirements().get('update_password.effect.password-changed')?.untestable ??
            'not observable through this API',
        );
        if (
          customer &&
          (await s.succeed('update_password', [
            ...on('update_password', customer.username),
            ['password', password],
            ['confirm_password', password],
          ]))
        ) {
          await s.refused(
            'update_password',
            [...on('update_password', customer.username), ['password', password], ['confirm_password', `${password}x`]],
            refusal,
            'update_password.confirm_password.matches-password',
            'confirm_password must match password',
          );
          await s.refused(
            'update_password',
            [...on('update_password', customer.username), ['password', short], ['confirm_password', short]],
            refusal,
            'update_password.password.min-length',
            `password must be at least ${minLength} characters`,
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
            'after setUsername the customer is listed under the new name with its other values, ' +
              'the old name not at all',
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
        if (customer && other) {
          const local = s.names.unique();
          const limit = limitOf('update_username', 'username', 'maxLength');
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
          for (const [requirement, username, documented] of cases)
            await s.refusedRename(customer.username, username, requirement, documented);
          await s.expectListing(() => 'update_username.refusal.no-effect', 'a refused setUsername changes nothing');
        }
        await s.findings.report();
      },
    );

    test(
      'update_email: the new email is listed, everything else unchanged (the username too, when it was the email)',
      described('update_email', format, ['update_email.effect.listed'], ['@transition']),
      async ({ scenario }) => {
        const s = scenario(format);
        // Registered with its username as its email, as the seed's example create does: setEmail must change
        // the contact email only, never the login that happens to hold the same value.
        const username = s.names.username();
        const customer = await s.create({ username, email: username });
        const email = s.names.email();
        // A target that wrongly renames the login to the new email: the scenario's cleanup deletes that name too.
        s.names.track(email);
        if (
          customer &&
          (await s.succeed('update_email', [...on('update_email', customer.username), ['email', email]]))
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
      'delete: no longer listed, manage calls answer as for an unknown user, no create or rename takes the username',
      described(
        'delete',
        format,
        [
          'delete.effect.unlisted',
          'delete.effect.unknown-after',
          'delete.effect.username-reserved',
          'delete.effect.timing',
          'update_username.username.not-taken',
        ],
        ['@transition'],
      ),
      async ({ scenario }) => {
        const s = scenario(format);
        const customer = await s.create();
        if (customer && (await s.succeed('delete', on('delete', customer.username)))) {
          await s.expectListing(() => 'delete.effect.unlisted', 'after delete the customer is no longer listed');
          await refusedAsUnknown(
            s,
            () => customer.username,
            s.names,
            () => 'delete.effect.unknown-after',
            (operation) => `${operation} naming a deleted customer answers as for an unknown user`,
          );
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
          // Nor can a rename take it: the deleted username is still stored, so it is already taken.
          const other = await s.create();
          if (other) {
            await s.refusedRename(
              other.username,
              customer.username,
              'delete.effect.username-reserved',
              "a rename to the deleted customer's username is refused",
            );
            await s.expectListing(
              () => 'delete.effect.username-reserved',
              "a refused rename to the deleted customer's username leaves the customer as it was",
            );
          }
        }
        await s.findings.report();
      },
    );
  });
}
