import type { Parameter } from './types.ts';

/** The parameters of one call, grouped by name: every value of a key in the order sent. */
export type ParameterValues = ReadonlyMap<string, readonly string[]>;

/** Groups ordered pairs by name, keeping every value of a repeated key in order. */
export function groupParameters(params: ReadonlyArray<readonly [string, string]>): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of params) {
    const values = grouped.get(name);
    if (values) values.push(value);
    else grouped.set(name, [value]);
  }
  return grouped;
}

/** The values sent for a parameter: under its own name, else under its first alias that was sent (D1). */
export function valuesOf(parameter: Parameter, values: ParameterValues): readonly string[] | undefined {
  const own = values.get(parameter.name);
  if (own) return own;
  for (const alias of parameter.aliases ?? []) {
    const aliased = values.get(alias);
    if (aliased) return aliased;
  }
  return undefined;
}

/** `ip[]` -> `ip`: the name used in requirement IDs and messages. */
export function baseName(parameter: Parameter): string {
  return parameter.name.endsWith('[]') ? parameter.name.slice(0, -2) : parameter.name;
}
