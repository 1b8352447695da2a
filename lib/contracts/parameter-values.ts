import type { Operation, Parameter } from './types.ts';

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

/** The username a call names as its subject (under the subject's name or an alias), if it has one. */
export function subjectValue(operation: Operation, values: ParameterValues): string | undefined {
  const subject = operation.parameters.find((parameter) => parameter.role === 'subject');
  return subject ? valuesOf(subject, values)?.[0] : undefined;
}

/** `ip[]` -> `ip`: the name used in requirement IDs and messages. */
export function baseName(parameter: Parameter): string {
  return parameter.name.endsWith('[]') ? parameter.name.slice(0, -2) : parameter.name;
}
