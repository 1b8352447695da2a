import fc from 'fast-check';
import { limitOf } from '../../lib/contracts/limits.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import { callStyle } from './call-style.ts';
import { nameBreaks, resolveName, subjectNameRef, type NameRef } from './name-ref.ts';
import { OperationCommand } from './operation-command.ts';
import { subjectPairs } from './subject-pairs.ts';

const updateUsername = loadOperation('update_username');
const tooLong = limitOf(updateUsername, 'username', 'maxLength') + 1;

/** The new name: mostly fresh, sometimes taken, not an email, on a SendGrid.com domain or too long. */
const newName: fc.Arbitrary<NameRef> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<NameRef>({ kind: 'fresh' }) },
  { weight: 1, arbitrary: fc.nat(20).map((pick): NameRef => ({ kind: 'used', pick })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<NameRef>(
      { kind: 'not-email' },
      { kind: 'sendgrid-domain' },
      { kind: 'too-long', length: tooLong },
    ),
  },
);

/** An update_username (setUsername). */
export const updateUsernameCommand = fc
  .record({ user: subjectNameRef, username: newName, style: callStyle })
  .map(
    ({ user, username, style }) =>
      new OperationCommand(
        'update_username',
        (run) => [...subjectPairs(updateUsername, resolveName(user, run)), ['username', resolveName(username, run)]],
        [...nameBreaks(user, 'user'), ...nameBreaks(username, 'username')],
        style,
        `user=${user.kind} username=${username.kind}`,
      ),
  );
