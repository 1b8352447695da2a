import { RequestRefusal } from './request-refusal.ts';

/** PHP's max_input_vars default: more parameters than this are refused rather than kept. */
export const MAX_PARAMETERS = 1000;

type Variable = { kind: 'plain'; value: string } | { kind: 'array'; items: Map<string, string>; nextIndex: number };

const INTEGER_KEY = /^(0|-?[1-9][0-9]{0,15})$/;

/**
 * The parameters as a PHP service reads them (the real one ran PHP): a plain key sent twice keeps its
 * last value; `name[]`, `name[0]`, `name[7]`, `name[x]` are all items of the array `name`, in the order
 * first sent (a repeated index keeps its place and its last value, as in a PHP array); a later plain
 * `name` replaces the array and the other way round. Arrays come out under `name[]`, the spelling the
 * contracts use, one pair per item. Nested keys (`name[0][x]`) are refused: their value is not a string.
 */
export function phpParameters(pairs: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  if (pairs.length > MAX_PARAMETERS)
    throw new RequestRefusal(400, `Bad request: more than ${MAX_PARAMETERS} parameters`);
  const variables = new Map<string, Variable>();
  for (const [key, value] of pairs) {
    const open = key.indexOf('[');
    const close = open === -1 ? -1 : key.indexOf(']', open);
    if (open <= 0 || close === -1) {
      if (key !== '' && open !== 0) variables.set(key, { kind: 'plain', value });
      continue;
    }
    if (key[close + 1] === '[')
      throw new RequestRefusal(400, `Bad request: nested array parameter "${key.slice(0, 60)}" is not supported`);
    const name = key.slice(0, open);
    let variable = variables.get(name);
    if (variable?.kind !== 'array') {
      variable = { kind: 'array', items: new Map(), nextIndex: 0 };
      variables.set(name, variable);
    }
    const index = key.slice(open + 1, close);
    const itemKey = index === '' ? String(variable.nextIndex) : index;
    if (INTEGER_KEY.test(itemKey)) variable.nextIndex = Math.max(variable.nextIndex, Number(itemKey) + 1);
    variable.items.set(itemKey, value);
  }
  const normalised: Array<[string, string]> = [];
  for (const [name, variable] of variables) {
    if (variable.kind === 'plain') normalised.push([name, variable.value]);
    else for (const item of variable.items.values()) normalised.push([`${name}[]`, item]);
  }
  return normalised;
}
