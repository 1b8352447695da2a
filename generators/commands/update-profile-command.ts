import fc from 'fast-check';
import { loadOperation } from '../../lib/contracts/load.ts';
import { callStyle } from './call-style.ts';
import { fieldText } from './field-text.ts';
import type { Breakage } from '../../lib/model/predict.ts';
import { nameBreaks, resolveName, subjectNameRef } from './name-ref.ts';
import { OperationCommand } from './operation-command.ts';
import { subjectPairs } from './subject-pairs.ts';

const updateProfile = loadOperation('update_profile');
const updatable = updateProfile.effect.kind === 'updates' ? updateProfile.effect.fromParameters : [];

/** One ASCII character past the field's limit (the contract leaves its enforcement open: either answer, state must follow). */
function overLimit(name: string): string {
  const constraint = updateProfile.parameters
    .find((parameter) => parameter.name === name)
    ?.constraints.find((candidate) => candidate.kind === 'maxLength');
  return 'x'.repeat(constraint?.kind === 'maxLength' ? constraint.value + 1 : 256);
}

function overLimitBreak(name: string): Breakage {
  return { parameter: name, rule: 'maxLength' };
}

/** An update_profile naming some of the updatable fields (the others must stay as they were). */
export const updateProfileCommand = fc
  .record({
    user: subjectNameRef,
    fields: fc.uniqueArray(
      fc.tuple(
        fc.constantFrom(...updatable),
        fc.oneof({ weight: 8, arbitrary: fieldText }, { weight: 1, arbitrary: fc.constant(null) }),
      ),
      {
        minLength: 1,
        maxLength: 4,
        selector: ([name]) => name,
      },
    ),
    style: callStyle,
  })
  .map(
    ({ user, fields, style }) =>
      new OperationCommand(
        'update_profile',
        (run) => [
          ...subjectPairs(updateProfile, resolveName(user, run)),
          ...fields.map(([name, value]): [string, string] => [name, value ?? overLimit(name)]),
        ],
        [
          ...nameBreaks(user, 'user'),
          ...fields.flatMap(([name, value]) => (value === null ? [overLimitBreak(name)] : [])),
        ],
        style,
        `user=${user.kind}`,
      ),
  );
