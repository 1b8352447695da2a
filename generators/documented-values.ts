import type { Operation, Parameter } from '../lib/contracts/types.ts';
import { codePointLength } from '../lib/contracts/code-point-length.ts';
import { constraintOf } from '../lib/contracts/limits.ts';
import { groupParameters, valuesOf } from '../lib/contracts/parameter-values.ts';
import { pairsOf } from './valid-params.ts';
import { shorterValues } from './inside-limits.ts';
import { replaceParameter } from './violation-targets.ts';

/**
 * A case with one value replaced by the value the documents' own example call sends, for a parameter whose
 * value valid calls rely on beyond its constraints (`accepting`: any zip text, a website's listed form...).
 * `sameLength`: the case with the value sent cut to the example's length instead, when shorter (text only):
 * accepted, it shows that the length was refused, not the content.
 */
export interface DocumentedValue {
  params: Array<[string, string]>;
  /** The requirements a refusal of the value sent breaks, when the example's is accepted. */
  accepting: string[];
  sameLength?: { params: Array<[string, string]>; requirements: string[] };
}

/** The documented-value variants of a case, one per parameter with `accepting` requirements that it sends. */
export function documentedValues(
  operation: Operation,
  params: ReadonlyArray<readonly [string, string]>,
): DocumentedValue[] {
  const values = groupParameters(params);
  const pairs = params.map(([name, value]): [string, string] => [name, value]);
  return operation.parameters.flatMap((parameter) => {
    const sent = valuesOf(parameter, values)?.[0];
    const example = exampleValue(operation, parameter);
    if (!parameter.accepting?.length || sent === undefined || example === undefined || example === sent) return [];
    const limit = constraintOf(parameter, 'maxLength');
    const cut = [...sent].slice(0, codePointLength(example)).join('');
    const sameLength =
      limit && parameter.valueType === 'text' && cut !== sent && cut.trim() !== ''
        ? { params: replaceParameter(pairs, parameter, pairsOf(parameter, [cut])), requirements: [limit.accepting] }
        : undefined;
    return [
      {
        params: replaceParameter(pairs, parameter, pairsOf(parameter, [example])),
        accepting: parameter.accepting,
        ...(sameLength ? { sameLength } : {}),
      },
    ];
  });
}

/** The value the documents' example calls send for the parameter (the first example naming it). */
function exampleValue(operation: Operation, parameter: Parameter): string | undefined {
  for (const example of operation.examples) {
    const value = new URL(example.repaired ?? example.call).searchParams.get(parameter.name);
    if (value !== null && value !== '') return value;
  }
  return undefined;
}

/** Sends a variant of a refused valid call (fresh names are the caller's business); true when it was accepted. */
export type Accepts = (params: Array<[string, string]>) => Promise<boolean>;

/**
 * A valid call the target refused, retried with one value changed at a time: first replaced by the documents' own
 * example of it (documentedValues): accepted, the value sent was the reason, and the refusal breaks what valid
 * calls rely on for that value (its `accepting` requirements: any zip text...), or its length limit when the value
 * sent cut to the example's length is accepted too. Then cut to half its length (shorterValues): accepted, the
 * target enforces a tighter limit than the documented one.
 * Undefined when no variant is accepted.
 */
export async function blameValue(
  operation: Operation,
  params: ReadonlyArray<readonly [string, string]>,
  accepts: Accepts,
): Promise<string[] | undefined> {
  for (const variant of documentedValues(operation, params)) {
    if (!(await accepts(variant.params))) continue;
    if (variant.sameLength && (await accepts(variant.sameLength.params))) return variant.sameLength.requirements;
    return variant.accepting;
  }
  for (const shorter of shorterValues(operation, params))
    if (await accepts(shorter.params)) return shorter.requirements;
  return undefined;
}
