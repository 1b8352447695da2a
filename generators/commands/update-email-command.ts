import fc from 'fast-check';
import { limitOf } from '../../lib/contracts/limits.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import type { Breakage } from '../../lib/model/predict.ts';
import { emailAddress } from '../email-address.ts';
import { callStyle } from './call-style.ts';
import { nameBreaks, resolveName, subjectNameRef } from './name-ref.ts';
import { OperationCommand } from './operation-command.ts';
import { subjectPairs } from './subject-pairs.ts';

const updateEmail = loadOperation('update_email');
const address = emailAddress(limitOf(updateEmail, 'email', 'maxLength'));

/** An update_email (setEmail): a valid address, or one without `@` (D18). */
export const updateEmailCommand = fc
  .record({
    user: subjectNameRef,
    email: fc.oneof(
      { weight: 5, arbitrary: address.map((email) => ({ email, breaks: [] as Breakage[] })) },
      {
        weight: 1,
        arbitrary: address.map((email) => ({
          email: email.replace('@', '.'),
          breaks: [{ parameter: 'email', rule: 'format' }] as Breakage[],
        })),
      },
    ),
    style: callStyle,
  })
  .map(
    ({ user, email, style }) =>
      new OperationCommand(
        'update_email',
        (run) => [...subjectPairs(updateEmail, resolveName(user, run)), ['email', email.email]],
        [...nameBreaks(user, 'user'), ...email.breaks],
        style,
        `user=${user.kind}`,
      ),
  );
