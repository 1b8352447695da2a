import { loadOperations, loadRequirements } from '../../lib/contracts/load.ts';
import { checkSequences } from '../../generators/commands/check-sequences.ts';
import { test } from '../transitions/fixtures.ts';
import { Findings } from '../transitions/support/findings.ts';
import { failureRecord } from '../../lib/reporting/failure-record.ts';
import { apiDriver } from './api-driver.ts';

const register = loadRequirements();
const checked = [
  ...loadOperations().flatMap((operation) => [
    ...('requirements' in operation.effect ? operation.effect.requirements : []),
    operation.effect.accepting,
    ...(operation.effect.refusing ? [operation.effect.refusing] : []),
  ]),
  'api.formats.agree',
  'api.verb.post',
  'api.auth.required',
  'api.auth.wrong-credentials',
].filter((id) => register.has(id) && register.get(id)?.untestable === undefined);

test(
  'model-based sequences of all eleven operations, valid and invalid, JSON and XML, GET and POST, agree with the model',
  {
    tag: ['@model', '@json', '@xml', '@inferred'],
    annotation: [
      ...checked.map((description) => ({ type: 'requirement', description })),
      { type: 'operation', description: '*' },
      { type: 'format', description: 'json' },
      { type: 'format', description: 'xml' },
    ],
  },
  async ({ customerApi, target }, testInfo) => {
    test.skip(
      !target.destructive,
      `target "${target.name}" is not destructive: the sequences create and delete customers`,
    );
    const seed = target.seed;
    const failure = await checkSequences({
      account: target.account,
      namePrefix: `${target.namePrefix}w${testInfo.workerIndex}m${testInfo.repeatEachIndex}`,
      nameDomain: 'example.com',
      driver: () => apiDriver(customerApi),
      numRuns: target.runs,
      maxCommands: 25,
      seed,
    });
    const findings = new Findings(testInfo, String(seed));
    if (failure) {
      const record = (requirement: string, blockedBy?: string[]) =>
        failureRecord({
          requirement,
          ...(blockedBy ? { blockedBy } : {}),
          operation: failure.operation ?? 'retrieve',
          format: failure.style?.format ?? 'json',
          verb: failure.style?.verb,
          case: failure.commands,
          documented:
            'every answer is one the contracts allow in the current state, ' +
            'and retrieve lists exactly what the model holds',
          received: failure.message,
          seed: failure.seed,
          path: failure.path,
          curl: [
            `# replay: CONFORMANCE_SEED=${failure.seed} (fast-check path ${failure.path ?? '-'})`,
            ...failure.script,
          ].join('\n'),
        });
      // A crash names no requirement: every requirement the test checks stays unproven.
      const { verdict } = failure;
      for (const requirement of verdict ? verdict.violated : checked) findings.failures.push(record(requirement));
      for (const { requirement, by } of verdict?.onlyBlocked ?? []) findings.failures.push(record(requirement, by));
    }
    await findings.report();
  },
);
