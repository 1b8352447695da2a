import fc from 'fast-check';
import { limitOf } from '../../lib/contracts/limits.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import { passwordPair } from '../password-pair.ts';
import { callStyle } from './call-style.ts';
import { nameBreaks, resolveName, subjectNameRef } from './name-ref.ts';
import { OperationCommand } from './operation-command.ts';
import { subjectPairs } from './subject-pairs.ts';

const updatePassword = loadOperation('update_password');

/** An update_password: a valid pair, or one too short or not matching. */
export const updatePasswordCommand = fc
  .record({
    user: subjectNameRef,
    passwords: passwordPair(limitOf(updatePassword, 'password', 'minLength')),
    style: callStyle,
  })
  .map(
    ({ user, passwords, style }) =>
      new OperationCommand(
        'update_password',
        (run) => [
          ...subjectPairs(updatePassword, resolveName(user, run)),
          ['password', passwords.password],
          ['confirm_password', passwords.confirm],
        ],
        [...nameBreaks(user, 'user'), ...passwords.breaks],
        style,
        `user=${user.kind}`,
      ),
  );
