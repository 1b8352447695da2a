import fc from 'fast-check';
import { limitOf, parameterOf } from '../../lib/contracts/limits.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import { emailAddress } from '../email-address.ts';
import { freeText } from '../free-text.ts';
import { maxLengthOf } from '../parameter-limits.ts';
import { passwordPair } from '../password-pair.ts';
import { callStyle } from './call-style.ts';
import { createPairs, createParameters, createTextParameters } from './create-pairs.ts';
import { nameBreaks, resolveName, type NameRef } from './name-ref.ts';
import { OperationCommand } from './operation-command.ts';

const create = loadOperation('create');

const usernameRef: fc.Arbitrary<NameRef> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<NameRef>({ kind: 'fresh' }) },
  { weight: 1, arbitrary: fc.nat(20).map((pick): NameRef => ({ kind: 'used', pick })) },
);

/** A create: valid, or a taken username, a bad password pair, or one value left out or empty. */
export const createCommand = fc
  .record({
    username: usernameRef,
    email: emailAddress(limitOf(create, 'email', 'maxLength')),
    passwords: passwordPair(limitOf(create, 'password', 'minLength')),
    texts: fc.tuple(...createTextParameters.map((name) => freeText(maxLengthOf(parameterOf(create, name))))),
    spoil: fc.oneof(
      { weight: 8, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.record({
          parameter: fc.constantFrom(...createParameters.map((parameter) => parameter.name)),
          empty: fc.boolean(),
        }),
      },
    ),
    style: callStyle,
  })
  .map(
    ({ username, email, passwords, texts, spoil, style }) =>
      new OperationCommand(
        'create',
        (run) => {
          const pairs = createPairs(run.account, {
            username: resolveName(username, run),
            email,
            password: passwords.password,
            confirmPassword: passwords.confirm,
            text: (name) => texts[createTextParameters.indexOf(name)] ?? '',
          });
          if (!spoil) return pairs;
          if (!spoil.empty) return pairs.filter(([name]) => name !== spoil.parameter);
          return pairs.map(([name, value]): [string, string] => [name, name === spoil.parameter ? '' : value]);
        },
        [
          ...nameBreaks(username, 'username'),
          ...passwords.breaks,
          ...(spoil ? [{ parameter: spoil.parameter, rule: spoil.empty ? 'empty' : 'missing' } as const] : []),
        ],
        style,
        `username=${username.kind}${spoil ? ` ${spoil.empty ? 'empty' : 'without'} ${spoil.parameter}` : ''}`,
      ),
  );
