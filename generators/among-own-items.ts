import fc from 'fast-check';
import type { Parameter } from '../lib/contracts/types.ts';
import type { GeneratorContext } from './case.ts';
import { constraintOf } from '../lib/contracts/limits.ts';

/**
 * The items a repeated parameter (ip[], ip_group[]) sends around one breaking value: one or more of the
 * caller's own items first, the breaking value after them (maybe more own items after it), so a target
 * that checks only the first item is caught. Alone where the profile lists no own items.
 */
export function amongOwnItems(
  parameter: Parameter,
  breaking: fc.Arbitrary<string>,
  context: GeneratorContext,
): fc.Arbitrary<string[]> {
  const owned = constraintOf(parameter, 'ownedBy');
  const items = owned ? context.account[owned.collection] : [];
  if (items.length === 0) return breaking.map((value) => [value]);
  return fc
    .tuple(fc.shuffledSubarray([...items], { minLength: 1 }), breaking, fc.nat())
    .map(([own, value, at]) => [...own.slice(0, 1 + (at % own.length)), value, ...own.slice(1 + (at % own.length))]);
}
