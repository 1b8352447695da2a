import type { Operation, Parameter } from '../lib/contracts/types.ts';
import { FRESH_SLOT } from './case.ts';
import { codePointLength } from '../lib/contracts/code-point-length.ts';
import { valuesOf, groupParameters } from '../lib/contracts/parameter-values.ts';
import { constraintOf } from '../lib/contracts/limits.ts';
import { pairsOf } from './valid-params.ts';
import { equalityPartner, replaceParameter } from './violation-targets.ts';

/**
 * A value sitting exactly on a length limit: its parameter (with the one it must equal) and the limits' requirements.
 */
export interface LimitSatOn {
  parameters: Parameter[];
  requirements: string[];
  kind: 'maxLength' | 'minLength';
}

/** The limits (maximum or minimum length) that the case's values sit exactly on. */
export function limitsSatOn(operation: Operation, params: ReadonlyArray<readonly [string, string]>): LimitSatOn[] {
  const values = groupParameters(params);
  const found: LimitSatOn[] = [];
  for (const parameter of operation.parameters) {
    if (found.some((limit) => limit.parameters.includes(parameter))) continue;
    for (const kind of ['maxLength', 'minLength'] as const) {
      const limit = constraintOf(parameter, kind);
      const value = valuesOf(parameter, values)?.[0];
      if (!limit || value === undefined || codePointLength(value) !== limit.value) continue;
      const partner = equalityPartner(operation, parameter);
      const partnerLimit = partner && constraintOf(partner, kind);
      const parameters = partner ? [parameter, partner] : [parameter];
      found.push({
        parameters,
        requirements: [limit.accepting, ...(partnerLimit ? [partnerLimit.accepting] : [])],
        kind,
      });
    }
  }
  return found;
}

/**
 * The case with this limit's value one character inside it, still valid: a maximum loses a character
 * (an email from its domain's first label, leaving the name and its run stamp alone; text inside its
 * first and last character), a minimum gains one; a parameter that must equal it follows.
 */
export function stepInsideLimit(params: Array<[string, string]>, limit: LimitSatOn): Array<[string, string]> {
  const [first] = limit.parameters;
  const value = valuesOf(first!, groupParameters(params))?.[0] ?? '';
  const stepped =
    limit.kind === 'minLength'
      ? `${value}x`
      : shorter(value, first!.valueType === 'username' || first!.valueType === 'email');
  return limit.parameters.reduce(
    (changed, parameter) => replaceParameter(changed, parameter, pairsOf(parameter, [stepped])),
    params,
  );
}

function shorter(value: string, emailShaped: boolean): string {
  if (emailShaped) {
    const at = value.lastIndexOf('@');
    const dot = value.indexOf('.', at);
    if (at !== -1 && dot - at > 2) return `${value.slice(0, dot - 1)}${value.slice(dot)}`;
  }
  const characters = [...value];
  characters.splice(characters.length - 2, 1);
  return characters.join('');
}

/** A case with one value well inside its maximum length, and that limit's requirements. */
export interface ShorterValue {
  params: Array<[string, string]>;
  requirements: string[];
}

/**
 * For each value under a maximum length (and a parameter that must equal it), the case with that value cut to
 * half its length where it can be cut without becoming another kind of value (halfOf): a target that refuses the
 * case and accepts the same value, only shorter, enforces a tighter limit than the documented one. (A value of
 * another content, however short, would not tell a limit from a rule about the content.)
 */
export function shorterValues(operation: Operation, params: ReadonlyArray<readonly [string, string]>): ShorterValue[] {
  const values = groupParameters(params);
  const shorter: ShorterValue[] = [];
  const covered = new Set<Parameter>();
  for (const parameter of operation.parameters) {
    const limit = constraintOf(parameter, 'maxLength');
    const value = valuesOf(parameter, values)?.[0];
    if (!limit || value === undefined || covered.has(parameter)) continue;
    const partner = equalityPartner(operation, parameter);
    const parameters = partner ? [parameter, partner] : [parameter];
    parameters.forEach((each) => covered.add(each));
    const half = halfOf(value, parameter.valueType === 'username' || parameter.valueType === 'email');
    if (half === undefined) continue;
    const partnerLimit = partner && constraintOf(partner, 'maxLength');
    shorter.push({
      params: parameters.reduce(
        (changed, each) => replaceParameter(changed, each, pairsOf(each, [half])),
        params.map(([name, item]): [string, string] => [name, item]),
      ),
      requirements: [limit.accepting, ...(partnerLimit ? [partnerLimit.accepting] : [])],
    });
  }
  return shorter;
}

/**
 * The value cut to about half its code points, of the same kind: text keeps its first characters; an email keeps
 * its domain, its run stamp (FRESH_SLOT) and what comes before it, and loses the end of its local part (never
 * ending it on a dot). Undefined when no shorter value of the kind is left.
 */
function halfOf(value: string, emailShaped: boolean): string | undefined {
  const characters = [...value];
  const wanted = Math.ceil(characters.length / 2);
  if (!emailShaped) {
    const cut = characters.slice(0, wanted).join('');
    return cut.trim() === '' ? undefined : cut;
  }
  const at = value.lastIndexOf('@');
  if (at < 1) return undefined;
  const local = [...value.slice(0, at)];
  const domain = value.slice(at);
  const slot = value.indexOf(FRESH_SLOT);
  const kept = slot !== -1 && slot < at ? [...value.slice(0, slot + FRESH_SLOT.length)].length : 1;
  const cut = local
    .slice(0, Math.max(kept, wanted - [...domain].length))
    .join('')
    .replace(/\.+$/, '');
  return cut.length > 0 && cut.length < local.join('').length ? `${cut}${domain}` : undefined;
}
