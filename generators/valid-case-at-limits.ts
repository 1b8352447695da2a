import fc from 'fast-check';
import type { Operation } from '../lib/contracts/types.ts';
import type { Case, GeneratorContext } from './case.ts';
import { validParams } from './valid-params.ts';

/**
 * A valid call with every parameter sent and every length-limited value exactly on its limit
 * ("no more than N" accepts N).
 */
export function validCaseAtLimits(operation: Operation, context: GeneratorContext): fc.Arbitrary<Case> {
  return fc.tuple(fc.constantFrom(...operation.verbs), validParams(operation, context, true)).map(([verb, params]) => ({
    operation: operation.id,
    verb,
    params,
    accepted: [operation.answers.success],
    enforcement: 'enforced',
  }));
}
