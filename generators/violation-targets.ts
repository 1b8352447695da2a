import fc from 'fast-check';
import type { AnswerKind, Constraint, Operation, Parameter } from '../lib/contracts/types.ts';
import { amongOwnItems } from './among-own-items.ts';
import { breakingValue, breaksWithinSet } from './breaking-value.ts';
import type { Case, GeneratorContext } from './case.ts';
import { pairsOf, validParams } from './valid-params.ts';

export type Breakage = 'missing' | 'empty' | Constraint['kind'];

/** One rule of an operation a call can break, with the generator of calls breaking exactly it. */
export interface ViolationTarget {
  requirement: string;
  parameter: string;
  breakage: Breakage;
  /** Requirements the breaking value necessarily breaks too. */
  alsoBreaks: string[];
  enforcement: 'enforced' | 'either';
  accepted: AnswerKind[];
  cases(context: GeneratorContext): fc.Arbitrary<Case>;
}

// Constraints any value outside a set breaks: a value breaking another rule of the parameter is never in the set.
const MEMBERSHIP: ReadonlySet<Constraint['kind']> = new Set(['ownedBy', 'registeredCustomer']);

/** Every rule of the operation's contract a generated call can break, one target each. */
export function violationTargets(operation: Operation): ViolationTarget[] {
  const targets: ViolationTarget[] = [];
  for (const parameter of operation.parameters) {
    const refusal = parameter.role === 'credential' ? operation.answers.unauthenticated : operation.answers.refusal;
    const presenceEnforcement = parameter.presence === 'ambiguous' ? 'either' : 'enforced';
    for (const [breakage, requirement] of [
      ['missing', parameter.missingRequirement],
      ['empty', parameter.emptyRequirement],
    ] as const) {
      if (requirement === undefined) continue;
      const change = (params: Array<[string, string]>) =>
        replaceParameter(params, parameter, breakage === 'missing' ? [] : pairsOf(parameter, ['']));
      targets.push(
        target(operation, parameter, breakage, requirement, [], presenceEnforcement, refusal, () =>
          fc.constant(change),
        ),
      );
    }
    for (const constraint of parameter.constraints) {
      const partner = equalityPartner(operation, parameter);
      const alsoBreaks = [
        ...(MEMBERSHIP.has(constraint.kind) || breaksWithinSet(parameter, constraint)
          ? []
          : parameter.constraints.filter((other) => MEMBERSHIP.has(other.kind))),
        ...(partner && constraint.kind !== 'equalsParameter'
          ? partner.constraints.filter((other) => other.kind === constraint.kind)
          : []),
      ];
      const broken = [constraint, ...alsoBreaks];
      // D10: an unknown user gets the operation's unknown-user answers unless the constraint names its own.
      const accepted = union(
        broken.map(
          (each) =>
            each.refusal ??
            (each.kind === 'registeredCustomer' ? operation.answers.unknownUser : undefined) ??
            operation.answers.refusal,
        ),
      );
      const enforcement = broken.some((each) => each.enforcement === 'enforced') ? 'enforced' : 'either';
      const build = (
        context: GeneratorContext,
      ): fc.Arbitrary<(params: Array<[string, string]>) => Array<[string, string]>> | undefined => {
        if (constraint.kind === 'equalsParameter') {
          return fc.constant((params) => {
            const other = params.find(([name]) => name === constraint.parameter)?.[1] ?? '';
            return replaceParameter(params, parameter, pairsOf(parameter, [`${other}x`]));
          });
        }
        const breaking = breakingValue(operation, parameter, constraint, context);
        if (breaking === undefined) return undefined;
        if (parameter.repeated)
          return amongOwnItems(parameter, breaking, context).map(
            (items) => (params) => replaceParameter(params, parameter, pairsOf(parameter, items)),
          );
        return breaking.map((value) => (params) => {
          const changed = replaceParameter(params, parameter, pairsOf(parameter, [value]));
          return partner ? replaceParameter(changed, partner, pairsOf(partner, [value])) : changed;
        });
      };
      if (build(SAMPLE_CONTEXT) === undefined) continue;
      targets.push(
        target(
          operation,
          parameter,
          constraint.kind,
          constraint.refusing,
          alsoBreaks.map((each) => each.refusing),
          enforcement,
          accepted,
          build as never,
        ),
      );
    }
  }
  return targets;
}

// Only used to ask whether a constraint can be broken at all (the answer does not depend on the context).
const SAMPLE_CONTEXT: GeneratorContext = {
  account: { packages: [], ipGroups: [], ips: [], whitelabels: [] },
  namePrefix: 'x',
  today: '2000-01-01',
};

function target(
  operation: Operation,
  parameter: Parameter,
  breakage: Breakage,
  requirement: string,
  alsoBreaks: string[],
  enforcement: 'enforced' | 'either',
  refusal: AnswerKind[],
  change: (context: GeneratorContext) => fc.Arbitrary<(params: Array<[string, string]>) => Array<[string, string]>>,
): ViolationTarget {
  const accepted = enforcement === 'either' ? union([[operation.answers.success], refusal]) : refusal;
  return {
    requirement,
    parameter: parameter.name,
    breakage,
    alsoBreaks,
    enforcement,
    accepted,
    cases: (context) =>
      fc
        .tuple(fc.constantFrom(...operation.verbs), validParams(operation, context), change(context))
        .map(([verb, params, apply]) => ({
          operation: operation.id,
          verb,
          params: apply(params),
          breaks: requirement,
          ...(alsoBreaks.length > 0 ? { alsoBreaks } : {}),
          accepted,
          enforcement,
        })),
  };
}

/** The parameter this one must equal, or the one that must equal it. */
export function equalityPartner(operation: Operation, parameter: Parameter): Parameter | undefined {
  const own = parameter.constraints.find((constraint) => constraint.kind === 'equalsParameter');
  if (own?.kind === 'equalsParameter')
    return operation.parameters.find((candidate) => candidate.name === own.parameter);
  return operation.parameters.find((candidate) =>
    candidate.constraints.some(
      (constraint) => constraint.kind === 'equalsParameter' && constraint.parameter === parameter.name,
    ),
  );
}

/** The pairs with the parameter's (and its aliases') pairs replaced by `replacement`, in the first one's place. */
export function replaceParameter(
  params: Array<[string, string]>,
  parameter: Parameter,
  replacement: Array<[string, string]>,
): Array<[string, string]> {
  const names = new Set([parameter.name, ...(parameter.aliases ?? [])]);
  const at = params.findIndex(([name]) => names.has(name));
  const rest = params.filter(([name]) => !names.has(name));
  const position = at === -1 ? rest.length : params.slice(0, at).filter(([name]) => !names.has(name)).length;
  return [...rest.slice(0, position), ...replacement, ...rest.slice(position)];
}

function union(lists: AnswerKind[][]): AnswerKind[] {
  return [...new Set(lists.flat())];
}
