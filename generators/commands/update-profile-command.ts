import fc from 'fast-check';
import { limitOf } from '../../lib/contracts/limits.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import type { Breakage } from '../../lib/model/predict.ts';
import { asciiText } from '../ascii-text.ts';
import { freeText } from '../free-text.ts';
import { callStyle } from './call-style.ts';
import { nameBreaks, resolveName, subjectNameRef } from './name-ref.ts';
import { OperationCommand } from './operation-command.ts';
import { subjectPairs } from './subject-pairs.ts';

const updateProfile = loadOperation('update_profile');
const updatable = updateProfile.effect.kind === 'updates' ? updateProfile.effect.fromParameters : [];

/** A field's new value, with the rules it was built to break. */
interface FieldValue {
  value: string;
  breaks: Breakage[];
}

/**
 * A field's new value: mostly valid, sometimes one ASCII character past its limit (the contract
 * leaves that limit's enforcement open: either answer, state must follow).
 */
function fieldValue(name: string): fc.Arbitrary<FieldValue> {
  const limit = limitOf(updateProfile, name, 'maxLength');
  return fc.oneof(
    { weight: 8, arbitrary: freeText(limit).map((value): FieldValue => ({ value, breaks: [] })) },
    {
      weight: 1,
      arbitrary: asciiText(limit + 1).map((value): FieldValue => ({
        value,
        breaks: [{ parameter: name, rule: 'maxLength' }],
      })),
    },
  );
}

/** An update_profile naming some of the updatable fields (the others must stay as they were). */
export const updateProfileCommand = fc
  .record({
    user: subjectNameRef,
    named: fc.shuffledSubarray(updatable, { minLength: 1, maxLength: 4 }),
    values: fc.tuple(...updatable.map(fieldValue)),
    style: callStyle,
  })
  .map(
    ({ user, named, values, style }) =>
      new OperationCommand(
        'update_profile',
        (run) => [
          ...subjectPairs(updateProfile, resolveName(user, run)),
          ...named.map((name): [string, string] => [name, values[updatable.indexOf(name)]!.value]),
        ],
        [...nameBreaks(user, 'user'), ...named.flatMap((name) => values[updatable.indexOf(name)]!.breaks)],
        style,
        `user=${user.kind}`,
      ),
  );
