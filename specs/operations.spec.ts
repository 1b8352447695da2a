import fc from 'fast-check';
import { loadXmlDocumentRules } from '../lib/contracts/envelopes.ts';
import { FORMAT_REQUIREMENTS, VERB_REQUIREMENTS } from '../lib/contracts/formats.ts';
import { listingRoutes } from '../lib/contracts/listing-routes.ts';
import { loadOperations } from '../lib/contracts/load.ts';
import type { Format, Operation } from '../lib/contracts/types.ts';
import type { Case } from '../generators/case.ts';
import { validCase } from '../generators/valid-case.ts';
import { validCaseAtLimits } from '../generators/valid-case-at-limits.ts';
import { violationTargets, type Breakage, type ViolationTarget } from '../generators/violation-targets.ts';
import { test } from './fixtures/conformance.ts';
import type { TestInfo } from '@playwright/test';
import { checkCases } from './support/check-cases.ts';
import { reportFailures } from './support/report-failures.ts';
import { explainRefusal, runCase, type CaseEnvironment, type CaseFault } from './support/run-case.ts';
import type { TargetFixtures } from './fixtures/target.ts';
import type { Customers } from './fixtures/customers.ts';

// Generated from the contracts: per operation and format, one test of valid calls and one test per
// rule a call can break. Each test runs CONFORMANCE_RUNS generated cases with plain checks and makes
// one assertion carrying the (shrunk) failing case.

// Every ID goes into the annotations as the contract names it (its routing fields, never a suffix): one the
// register lacks fails the contract lint, never silently dropped.
const known = (ids: Array<string | undefined>) => [...new Set(ids.filter((id): id is string => id !== undefined))];
// Checked on every answer of a format: status rules (D13) and the format's encoding rules.
const answerRules = (format: Format) => [
  'api.status.no-5xx',
  'api.status.success-2xx',
  FORMAT_REQUIREMENTS[format],
  ...(format === 'xml' ? loadXmlDocumentRules().declaration.requirements : ['json.utf8']),
];
const BREAKAGE_WORDS: Partial<Record<Breakage, string>> = { missing: 'missing', empty: 'sent empty' };

for (const operation of loadOperations()) {
  for (const format of operation.formats) {
    const tag = [`@${operation.id}`, `@${format}`];
    const about = (requirements: string[]) => [
      ...requirements.map((description) => ({ type: 'requirement', description })),
      { type: 'operation', description: operation.id },
      { type: 'format', description: format },
    ];

    test.describe(`${operation.id} ${format.toUpperCase()}`, () => {
      // One worker runs an operation and format's tests in order (each still with its own fixtures; after
      // a failure the rest go on in a new worker). One group per test made Playwright copy and hash this
      // file's whole test tree before every test: quadratic in the number of tests.
      test.describe.configure({ mode: 'default' });
      const { effect, answers } = operation;
      const changes = 'requirements' in effect && effect.kind !== 'not-observable' ? effect.requirements[0] : undefined;
      test(
        'valid calls succeed with the documented answer and effect',
        {
          tag,
          annotation: about(
            known([
              effect.accepting,
              answers.envelopeRequirements.success,
              ...(answers.successRequirements ?? []),
              // What valid values rely on: any zip text (create), both names of disable's user (D1), owned IPs
              // (profile), a listed website's form (D25); non-ASCII within limit/4 (D9).
              ...operation.parameters.flatMap((parameter) => parameter.accepting ?? []),
              'api.length.code-points',
              // The accepting half of every constraint: "no more than N" accepts N characters, "at least N" accepts N.
              ...operation.parameters.flatMap((parameter) =>
                parameter.constraints.map((constraint) => constraint.accepting),
              ),
              changes,
              ...listingRoutes(effect),
              ...operation.verbs.map((verb) => VERB_REQUIREMENTS[verb]),
              ...answerRules(format),
            ]),
          ),
        },
        async ({ client, target, contracts, generatorContext, freshStamp, customers }, testInfo) => {
          // The first case sits on every limit, so that a target refusing a value at its limit is met in every run.
          const atLimits = fc.sample(validCaseAtLimits(operation, generatorContext), { seed: target.seed, numRuns: 1 });
          await check(
            testInfo,
            { client, target, contracts, generatorContext, freshStamp, customers },
            operation,
            format,
            validCase(operation, generatorContext),
            leavesCustomers(operation),
            atLimits,
          );
        },
      );

      for (const rule of violationTargets(operation)) {
        const how = BREAKAGE_WORDS[rule.breakage] ?? `breaking ${rule.breakage}`;
        const verb = rule.enforcement === 'either' ? 'is answered consistently' : 'is refused and changes nothing';
        test(
          `${rule.requirement}: ${rule.parameter} ${how} ${verb}`,
          {
            tag,
            annotation: about(
              known([
                rule.requirement,
                ...readingsOf(operation, rule),
                'api.status.errors',
                effect.refusing,
                answers.envelopeRequirements.error,
              ]),
            ),
          },
          async ({ client, target, contracts, generatorContext, freshStamp, customers }, testInfo) => {
            await check(
              testInfo,
              { client, target, contracts, generatorContext, freshStamp, customers },
              operation,
              format,
              rule.cases(generatorContext),
              leavesCustomers(operation, rule),
            );
          },
        );
      }
    });
  }
}

/**
 * The ambiguous requirements whose decision the broken rule's tests apply: the constraint's `readings` (the
 * unknown-user answer, D10), or a left-out parameter's `presenceReadings` (D3).
 */
function readingsOf(operation: Operation, rule: ViolationTarget): string[] {
  const parameter = operation.parameters.find((candidate) => candidate.name === rule.parameter);
  if (rule.breakage === 'missing') return parameter?.presenceReadings ?? [];
  return parameter?.constraints.find((constraint) => constraint.refusing === rule.requirement)?.readings ?? [];
}

type Fixtures = Pick<TargetFixtures, 'client' | 'target' | 'contracts' | 'generatorContext' | 'freshStamp'> & {
  customers: Customers;
};

/**
 * Whether a test's calls leave customers behind on a conforming target: valid creates, and any call
 * that acts on a live customer (which has to be created first). Refused creates, unknown users and
 * refused credentials leave nothing; a target that wrongly accepts one is cleaned up from the ledger.
 */
function leavesCustomers(operation: Operation, rule?: ViolationTarget): boolean {
  const subject = operation.parameters.find((parameter) => parameter.role === 'subject');
  if (rule === undefined) return operation.effect.kind === 'creates' || subject !== undefined;
  return (
    rule.breakage === 'notTaken' ||
    // A subject's format is broken by a live customer whose username is no email.
    (subject !== undefined && rule.breakage === 'format') ||
    (subject !== undefined && rule.parameter !== subject.name && !(subject.aliases ?? []).includes(rule.parameter))
  );
}

async function check(
  testInfo: TestInfo,
  fixtures: Fixtures,
  operation: Operation,
  format: Format,
  cases: fc.Arbitrary<Case>,
  lasting: boolean,
  examples: Case[] = [],
): Promise<void> {
  const { client, target, contracts, freshStamp, customers } = fixtures;
  test.skip(
    lasting && !target.destructive,
    `the target profile "${target.name}" is not destructive: ` +
      'this test needs customers that stay (deleted usernames stay reserved)',
  );
  const retrieve = contracts.find(
    (candidate) => candidate.effect.kind === 'none' && candidate.answers.success === 'customer-list',
  )!;
  const environment: CaseEnvironment = {
    client,
    target,
    customers,
    freshStamp,
    operation,
    retrieve,
    format,
    unchanged: new Map<string, string>(),
    requests: 0,
  };
  const runner = {
    run: (operationCase: Case) => runCase(environment, operationCase),
    requests: () => environment.requests,
    explain: (operationCase: Case, fault: CaseFault) => explainRefusal(environment, operationCase, fault),
  };
  const result = await checkCases(
    testInfo,
    { seed: target.seed, runs: target.runs, operation, format },
    cases,
    runner,
    examples,
  );
  testInfo.annotations.push({ type: 'cases', description: String(result.executed) });
  await reportFailures(testInfo, result.failures);
}
