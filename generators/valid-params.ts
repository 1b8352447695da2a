import fc from 'fast-check';
import type { Operation, Parameter } from '../lib/contracts/types.ts';
import type { GeneratorContext } from './case.ts';
import { constraintOf } from '../lib/contracts/limits.ts';
import { validValue } from './valid-value.ts';

/**
 * Parameters of a call that meets every rule: every required and ambiguous parameter (D3: valid
 * calls always send them), optional and conditional ones sometimes, aliases with the same value
 * (D1), a parameter that must equal another copying its value. With `atLimits`, every parameter is
 * sent and every value with a length limit sits exactly on it.
 */
export function validParams(
  operation: Operation,
  context: GeneratorContext,
  atLimits = false,
): fc.Arbitrary<Array<[string, string]>> {
  const perParameter = operation.parameters.map((parameter) => {
    const values = validValue(operation, parameter, context, atLimits);
    const sometimes = !atLimits && (parameter.presence === 'optional' || parameter.presence === 'conditional');
    const sent = sometimes ? fc.option(values, { nil: [] as string[] }) : values;
    return sent.map((items) => ({ parameter, items }));
  });
  return fc.tuple(...perParameter).map((chosen) => {
    const byName = new Map(chosen.map(({ parameter, items }) => [parameter.name, items]));
    return chosen.flatMap(({ parameter, items }) => pairsOf(parameter, copiedValue(parameter, byName) ?? items));
  });
}

function copiedValue(parameter: Parameter, byName: Map<string, string[]>): string[] | undefined {
  const equals = constraintOf(parameter, 'equalsParameter');
  if (!equals) return undefined;
  const other = byName.get(equals.parameter);
  return other && other.length > 0 ? other : undefined;
}

/** The pairs for one parameter's values: the name and every alias (D1). */
export function pairsOf(parameter: Parameter, values: readonly string[]): Array<[string, string]> {
  const names = [parameter.name, ...(parameter.aliases ?? [])];
  return values.flatMap((value) => names.map((name): [string, string] => [name, value]));
}
