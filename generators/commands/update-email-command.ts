import fc from 'fast-check';
import { loadOperation } from '../../lib/contracts/load.ts';
import { callStyle } from './call-style.ts';
import { emailAddress } from './email-address.ts';
import type { Breakage } from '../../lib/model/predict.ts';
import { nameBreaks, resolveName, subjectNameRef } from './name-ref.ts';
import { OperationCommand } from './operation-command.ts';
import { subjectPairs } from './subject-pairs.ts';

const updateEmail = loadOperation('update_email');

/** An update_email (setEmail): a valid address, or one without `@` (D18). */
export const updateEmailCommand = fc
  .record({
    user: subjectNameRef,
    email: fc.oneof(
      { weight: 5, arbitrary: emailAddress.map((email) => ({ email, breaks: [] as Breakage[] })) },
      {
        weight: 1,
        arbitrary: emailAddress.map((email) => ({
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
