import type { Parameter } from '../../lib/contracts/types.ts';
import { baseName, valuesOf } from '../../lib/contracts/parameter-values.ts';
import type { ParameterValues } from '../../lib/contracts/parameter-values.ts';

/** The single value sent for a parameter (own name or alias), undefined when absent or empty. */
export function sentValue(parameter: Parameter | undefined, values: ParameterValues): string | undefined {
  if (!parameter) return undefined;
  const value = valuesOf(parameter, values)?.[0];
  return value === '' ? undefined : value;
}

/** Where a parameter's value is kept on a customer: its list name, else its own name without `[]`. */
export function fieldOf(parameter: Parameter): string {
  return parameter.listedAs ?? baseName(parameter);
}
