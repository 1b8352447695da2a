import fc from 'fast-check';
import type { AnswerKind, Constraint, Operation, Parameter } from '../lib/contracts/types.ts';
import { predict, type Breakage as ModelBreakage, type ModelState } from '../lib/model/predict.ts';
import { acceptedKinds } from '../lib/model/prediction.ts';
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
    for (const [breakage, requirement] of [
      ['missing', parameter.missingRequirement],
      ['empty', parameter.emptyRequirement],
    ] as const) {
      if (requirement === undefined) continue;
      const change = (params: Array<[string, string]>) =>
        replaceParameter(params, parameter, breakage === 'missing' ? [] : pairsOf(parameter, ['']));
      targets.push(target(operation, parameter, breakage, requirement, [], () => fc.constant(change)));
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
      const owner = (each: Constraint) => (parameter.constraints.includes(each) ? parameter : partner!);
      targets.push(
        target(
          operation,
          parameter,
          constraint.kind,
          constraint.refusing,
          alsoBreaks.map((each) => ({ parameter: owner(each).name, rule: each.kind, requirement: each.refusing })),
          build as never,
        ),
      );
    }
  }
  return targets;
}

// No customer and no username held: the rules a generated call breaks are the ones its generator broke.
const NOBODY: ModelState = { isCustomer: () => false, taken: () => 'no' };

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
  also: Array<ModelBreakage & { requirement: string }>,
  change: (context: GeneratorContext) => fc.Arbitrary<(params: Array<[string, string]>) => Array<[string, string]>>,
): ViolationTarget {
  // The model says what the call may be answered: the rules the generator broke, none the state decides.
  const prediction = predict(operation, [], [{ parameter: parameter.name, rule: breakage }, ...also], NOBODY);
  const accepted = acceptedKinds(prediction);
  const enforcement = prediction.outcome === 'refused' ? 'enforced' : 'either';
  const alsoBreaks = also.map((each) => each.requirement);
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
