import fc from 'fast-check';
import type { Operation } from '../lib/contracts/types.ts';
import type { Case, GeneratorContext } from './case.ts';
import { validParams } from './valid-params.ts';

/** A call that meets every rule of the operation's contract: it must succeed. */
export function validCase(operation: Operation, context: GeneratorContext): fc.Arbitrary<Case> {
  return fc.tuple(fc.constantFrom(...operation.verbs), validParams(operation, context)).map(([verb, params]) => ({
    operation: operation.id,
    verb,
    params,
    accepted: [operation.answers.success],
    enforcement: 'enforced',
  }));
}
