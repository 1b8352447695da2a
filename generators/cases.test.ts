import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { loadOperations } from '../lib/contracts/load.ts';
import { oneOf } from '../lib/rules/oneOf.ts';
import type { RuleContext } from '../lib/rules/types.ts';
import { lenientDate } from '../lib/rules/formats/date.ts';
import { validateParameters } from '../lib/rules/validate.ts';
import { loadProfile } from '../lib/target/load-profile.ts';
import { addDays } from '../lib/dates.ts';
import { CLOCK_SKEW_DAYS } from './calendar.ts';
import { CUSTOMER_PLACEHOLDER, type Case, type GeneratorContext } from './case.ts';
import { limitsSatOn, stepInsideLimit } from './inside-limits.ts';
import { validCase } from './valid-case.ts';
import { validCaseAtLimits } from './valid-case-at-limits.ts';
import { violationTargets } from './violation-targets.ts';

const profile = loadProfile('targets/emulator.json', {});
const context: GeneratorContext = {
  account: profile.account,
  ...(profile.secondReseller?.account ? { foreignAccount: profile.secondReseller.account } : {}),
  // As long as a run's prefix (runPrefix "cf" and a 15-character run id): limits are met with it.
  namePrefix: 'cfselftest01abcde',
  today: '2024-02-28',
};
// The executor creates a live customer for every {customer:N} placeholder before sending.
const isCustomer = (username: string) => new RegExp(`^${CUSTOMER_PLACEHOLDER.source}$`).test(username);
const rules: RuleContext = {
  account: profile.account,
  today: context.today,
  isTaken: isCustomer,
  isRegisteredCustomer: isCustomer,
};
const RUNS = 40;

const operations = loadOperations();

test('the same seed gives the same cases', () => {
  for (const operation of loadOperations()) {
    const sample = (seed: number) => [
      fc.sample(validCase(operation, context), { seed, numRuns: 5 }),
      ...violationTargets(operation).map((target) => fc.sample(target.cases(context), { seed, numRuns: 3 })),
    ];
    expect(JSON.stringify(sample(7)), operation.id).toBe(JSON.stringify(sample(7)));
    expect(JSON.stringify(sample(7)), operation.id).not.toBe(JSON.stringify(sample(8)));
  }
});

// Purity holds whatever the day: any date of the century, and the days where windows turn (month
// ends, leap days, year ends). The target's today may be a day off the generator's (CLOCK_SKEW_DAYS):
// every check is made for each of the three.
const DAY_MS = 86_400_000;
const TURNING_DAYS = [
  '2024-01-31',
  '2024-02-28',
  '2024-02-29',
  '2023-02-28',
  '2024-03-01',
  '2024-04-30',
  '2024-05-31',
  '2024-12-01',
  '2024-12-31',
  '2025-01-01',
  '2025-06-30',
];
const anyToday = fc.oneof(
  fc
    .integer({ min: Date.UTC(2000, 0, 1) / DAY_MS, max: Date.UTC(2099, 11, 31) / DAY_MS })
    .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10)),
  fc.constantFrom(...TURNING_DAYS),
);
const SKEWS = [-CLOCK_SKEW_DAYS, 0, CLOCK_SKEW_DAYS];
const PURITY_SEEDS = [11, 12, 13, 14, 15];
// D5's readings of one billing cycle: the narrowest accepts today..today+27 and no past day,
// the widest ends at today+31.
const NARROWEST_CYCLE_DAYS = 27;
const WIDEST_CYCLE_DAYS = 31;

/**
 * What the case breaks beyond `expected` or fails to break, for a target whose today is each of the
 * generator's today and a day either side; and, for billing dates, under every reading of D5: a date
 * (or what a lenient reader makes of a non-date: a rolled-over day, m/d/yy) inside the narrowest
 * window unless the case breaks the window, and then past the widest.
 */
function impurities(operationCase: Case, today: string, expected: string[]): string[] {
  const operation = operations.find((candidate) => candidate.id === operationCase.operation)!;
  const problems: string[] = [];
  for (const skew of SKEWS) {
    const targetToday = addDays(today, skew);
    const context = { ...rules, today: targetToday };
    const broken = [
      ...new Set(
        validateParameters(operation, operationCase.params, context).map((violation) => violation.requirement),
      ),
    ].sort();
    if (JSON.stringify(broken) !== JSON.stringify([...expected].sort()))
      problems.push(`target today ${targetToday}: broke [${broken.join(', ')}]`);
    for (const parameter of operation.parameters) {
      const cycle = parameter.constraints.find((constraint) => constraint.kind === 'withinBillingCycle');
      if (!cycle) continue;
      for (const [, value] of operationCase.params.filter(([name]) => name === parameter.name)) {
        const reading = lenientDate(value);
        if (reading === undefined) continue;
        const late = expected.includes(cycle.refusing);
        const inside = late
          ? reading > addDays(targetToday, WIDEST_CYCLE_DAYS)
          : reading >= targetToday && reading <= addDays(targetToday, NARROWEST_CYCLE_DAYS);
        if (!inside) {
          const where = late ? 'inside the widest window' : 'outside the narrowest window';
          problems.push(`target today ${targetToday}: ${parameter.name}=${value} reads as ${reading}, ${where}`);
        }
      }
    }
  }
  return problems;
}

test('a valid case satisfies every rule of its contract, under every reading of the day', () => {
  const failures: string[] = [];
  for (const operation of operations) {
    for (const seed of PURITY_SEEDS) {
      fc.assert(
        fc.property(
          anyToday.chain((today) =>
            validCase(operation, { ...context, today }).map((operationCase) => ({ today, operationCase })),
          ),
          ({ today, operationCase }) => {
            for (const problem of impurities(operationCase, today, []))
              failures.push(`${operation.id} (today ${today}): ${problem} in ${JSON.stringify(operationCase.params)}`);
          },
        ),
        { seed, numRuns: RUNS },
      );
    }
  }
  expect([...new Set(failures)].slice(0, 10)).toEqual([]);
});

const AT_LIMITS_TITLE =
  'a case at the limits sits on every length limit and is valid; ' +
  'each limit stepped inside alone stays valid and leaves the others on theirs';
test(AT_LIMITS_TITLE, () => {
  const failures: string[] = [];
  for (const operation of operations) {
    // Account items (package, whitelabel...) are the account's own and never as long as their limit.
    const limited = operation.parameters.filter(
      (parameter) => !parameter.constraints.some((constraint) => constraint.kind === 'ownedBy'),
    );
    const expected = limited
      .flatMap((parameter) =>
        parameter.constraints
          .filter((constraint) => constraint.kind === 'maxLength' || constraint.kind === 'minLength')
          .map((constraint) => constraint.accepting),
      )
      .sort();
    fc.assert(
      fc.property(
        anyToday.chain((today) =>
          validCaseAtLimits(operation, { ...context, today }).map((operationCase) => ({ today, operationCase })),
        ),
        ({ today, operationCase }) => {
          for (const problem of impurities(operationCase, today, []))
            failures.push(`${operation.id} at limits: ${problem}`);
          const limits = limitsSatOn(operation, operationCase.params);
          const sitting = limits.flatMap((limit) => limit.requirements).sort();
          if (JSON.stringify(sitting) !== JSON.stringify(expected))
            failures.push(`${operation.id}: on [${sitting.join(', ')}], expected [${expected.join(', ')}]`);
          for (const limit of limits) {
            const stepped = stepInsideLimit(operationCase.params, limit);
            for (const problem of impurities({ ...operationCase, params: stepped }, today, []))
              failures.push(`${limit.requirements[0]} stepped inside: ${problem} in ${JSON.stringify(stepped)}`);
            const still = limitsSatOn(operation, stepped)
              .flatMap((each) => each.requirements)
              .sort();
            const others = sitting.filter((requirement) => !limit.requirements.includes(requirement));
            if (JSON.stringify(still) !== JSON.stringify(others))
              failures.push(`${limit.requirements[0]} stepped inside: still on [${still.join(', ')}]`);
          }
        },
      ),
      { seed: 21, numRuns: RUNS },
    );
  }
  expect([...new Set(failures)].slice(0, 10)).toEqual([]);
});

const BREAKS_EXACTLY_TITLE =
  'a violating case breaks exactly the rule it names, and what that value cannot help breaking, ' +
  'whichever day the target sees';
test(BREAKS_EXACTLY_TITLE, () => {
  const failures: string[] = [];
  let targets = 0;
  for (const operation of operations) {
    for (const target of violationTargets(operation)) {
      targets++;
      const selector = operation.parameters.find(
        (parameter) => parameter.name === target.parameter && parameter.role === 'selector',
      );
      for (const seed of PURITY_SEEDS) {
        fc.assert(
          fc.property(
            anyToday.chain((today) =>
              target.cases({ ...context, today }).map((operationCase) => ({ today, operationCase })),
            ),
            ({ today, operationCase }) => {
              if (selector) {
                const constraint = selector.constraints.find((each) => each.kind === 'oneOf')!;
                const value = operationCase.params.find(([name]) => name === selector.name)?.[1] ?? '';
                if (constraint.kind === 'oneOf' && oneOf.holds(value, constraint, new Map(), rules))
                  failures.push(`${target.requirement}: selector ${value} is allowed`);
                return;
              }
              for (const problem of impurities(operationCase, today, [target.requirement, ...target.alsoBreaks]))
                failures.push(
                  `${target.requirement} (today ${today}): ${problem} in ${JSON.stringify(operationCase.params)}`,
                );
            },
          ),
          { seed, numRuns: RUNS },
        );
      }
    }
  }
  expect(targets).toBeGreaterThan(100);
  expect([...new Set(failures)].slice(0, 10)).toEqual([]);
});

const ACCEPTS_REFUSALS_TITLE =
  'a violating case accepts exactly the refusals of the rules it breaks ' +
  '(and success only where the documents allow it)';
test(ACCEPTS_REFUSALS_TITLE, () => {
  for (const operation of loadOperations()) {
    for (const target of violationTargets(operation)) {
      const [operationCase] = fc.sample(target.cases(context), { seed: 3, numRuns: 1 });
      expect(operationCase!.accepted.includes('success'), target.requirement).toBe(target.enforcement === 'either');
      expect(operationCase!.accepted.length, target.requirement).toBeGreaterThan(
        target.enforcement === 'either' ? 1 : 0,
      );
    }
  }
});
