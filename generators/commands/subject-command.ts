import fc from 'fast-check';
import { loadOperation } from '../../lib/contracts/load.ts';
import type { OperationId } from '../../lib/contracts/types.ts';
import { callStyle } from './call-style.ts';
import { nameBreaks, resolveName, subjectNameRef, type NameRef } from './name-ref.ts';
import { OperationCommand } from './operation-command.ts';
import { subjectPairs } from './subject-pairs.ts';

/** Subjects of the manage calls that take only a user: mostly known names, sometimes a non-email. */
const subjectOrNonEmail: fc.Arbitrary<NameRef> = fc.oneof(
  { weight: 8, arbitrary: subjectNameRef },
  { weight: 1, arbitrary: fc.constant<NameRef>({ kind: 'not-email' }) },
);

/** A call of an operation whose only value is its subject (delete, enable, disable, website_*). */
export function subjectCommand(operationId: OperationId) {
  const operation = loadOperation(operationId);
  return fc
    .record({ user: subjectOrNonEmail, style: callStyle })
    .map(
      ({ user, style }) =>
        new OperationCommand(
          operationId,
          (run) => subjectPairs(operation, resolveName(user, run)),
          nameBreaks(user, 'user'),
          style,
          `user=${user.kind}`,
        ),
    );
}
