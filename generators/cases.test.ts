import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { loadOperations } from '../lib/contracts/load.ts';
import { oneOf } from '../lib/rules/oneOf.ts';
import type { RuleContext } from '../lib/rules/types.ts';
import { validateParameters } from '../lib/rules/validate.ts';
import { loadProfile } from '../lib/target/load-profile.ts';
import { CUSTOMER_PLACEHOLDER, type Case, type GeneratorContext } from './case.ts';
import { validCase } from './valid-case.ts';
import { violationTargets } from './violation-targets.ts';

const profile = loadProfile('targets/emulator.json', {});
const context: GeneratorContext = {
  account: profile.account,
  ...(profile.secondReseller?.account ? { foreignAccount: profile.secondReseller.account } : {}),
  namePrefix: 'cfselftest01',
  today: '2024-02-28',
};
// The executor creates a live customer for every {customer:N} placeholder before sending.
const isCustomer = (username: string) => new RegExp(`^${CUSTOMER_PLACEHOLDER.source}$`).test(username);
const rules: RuleContext = { account: profile.account, today: context.today, isTaken: isCustomer, isRegisteredCustomer: isCustomer };
const RUNS = 40;

const brokenBy = (operationCase: Case) => validateParameters(loadOperations().find((operation) => operation.id === operationCase.operation)!, operationCase.params, rules).map((violation) => violation.requirement);

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

test('a valid case satisfies every rule of its contract', () => {
  const failures: string[] = [];
  for (const operation of loadOperations()) {
    fc.assert(
      fc.property(validCase(operation, context), (operationCase) => {
        const broken = brokenBy(operationCase);
        if (broken.length > 0) failures.push(`${operation.id}: ${broken.join(', ')} in ${JSON.stringify(operationCase.params)}`);
      }),
      { seed: 1, numRuns: RUNS },
    );
  }
  expect([...new Set(failures)].slice(0, 10)).toEqual([]);
});

test('a violating case breaks exactly the rule it names, and what that value cannot help breaking', () => {
  const failures: string[] = [];
  let targets = 0;
  for (const operation of loadOperations()) {
    for (const target of violationTargets(operation)) {
      targets++;
      const selector = operation.parameters.find((parameter) => parameter.name === target.parameter && parameter.role === 'selector');
      fc.assert(
        fc.property(target.cases(context), (operationCase) => {
          const expected = [target.requirement, ...target.alsoBreaks].sort();
          if (selector) {
            const constraint = selector.constraints.find((each) => each.kind === 'oneOf')!;
            const value = operationCase.params.find(([name]) => name === selector.name)?.[1] ?? '';
            if (constraint.kind === 'oneOf' && oneOf.holds(value, constraint, new Map(), rules)) failures.push(`${target.requirement}: selector ${value} is allowed`);
            return;
          }
          const broken = [...new Set(brokenBy(operationCase))].sort();
          if (JSON.stringify(broken) !== JSON.stringify(expected)) failures.push(`${target.requirement}: broke [${broken.join(', ')}] in ${JSON.stringify(operationCase.params)}`);
        }),
        { seed: 2, numRuns: RUNS },
      );
    }
  }
  expect(targets).toBeGreaterThan(100);
  expect([...new Set(failures)].slice(0, 10)).toEqual([]);
});

test('a violating case accepts exactly the refusals of the rules it breaks (and success only where the documents allow it)', () => {
  for (const operation of loadOperations()) {
    for (const target of violationTargets(operation)) {
      const [operationCase] = fc.sample(target.cases(context), { seed: 3, numRuns: 1 });
      expect(operationCase!.accepted.includes('success'), target.requirement).toBe(target.enforcement === 'either');
      expect(operationCase!.accepted.length, target.requirement).toBeGreaterThan(target.enforcement === 'either' ? 1 : 0);
    }
  }
});
