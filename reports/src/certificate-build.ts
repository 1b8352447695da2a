import type { Level, Requirement } from '../../lib/contracts/types.ts';
import type { Certificate, Expectation, MatrixCell, RequirementStatus, TestOutcome } from './certificate-types.ts';
import { requirementResult } from './requirement-status.ts';
import { verdictOf } from './verdict.ts';

export const LEVELS: Level[] = ['documented', 'inferred', 'ambiguous'];
export const STATUSES: RequirementStatus[] = [
  'passed',
  'failed',
  'blocked',
  'expected-failure',
  'unexpected-pass',
  'not-applicable',
  'not-run',
];

export interface CertificateInput {
  register: Requirement[];
  outcomes: TestOutcome[];
  expectations: Expectation[];
  suite: Certificate['suite'];
  target: Certificate['target'];
  run: Certificate['run'];
}

function matrixOf(outcomes: TestOutcome[]): Certificate['matrix'] {
  const matrix: Certificate['matrix'] = {};
  for (const outcome of outcomes) {
    for (const operation of outcome.operations.length > 0 ? outcome.operations : ['(none)']) {
      for (const format of outcome.formats.length > 0 ? outcome.formats : ['(none)']) {
        const row = (matrix[operation] ??= {});
        const cell: MatrixCell = (row[format] ??= { passed: 0, failed: 0, skipped: 0 });
        if (outcome.status === 'passed') cell.passed += 1;
        else if (outcome.status === 'skipped' || outcome.status === 'interrupted') cell.skipped += 1;
        else cell.failed += 1;
      }
    }
  }
  return matrix;
}

export function buildCertificate(input: CertificateInput): Certificate {
  const requirements = input.register.map((requirement) => ({
    ...requirementResult(requirement, input.outcomes, input.expectations),
    operations: requirement.operations,
    formats: requirement.formats,
  }));
  const byId = new Map(requirements.map((result) => [result.id, result]));
  for (const result of requirements) {
    for (const cause of result.blockedBy ?? []) {
      const root = byId.get(cause);
      if (root) root.blocks = [...(root.blocks ?? []), result.id];
    }
  }
  const totals = Object.fromEntries(
    LEVELS.map((level) => [level, Object.fromEntries(STATUSES.map((status) => [status, 0]))]),
  ) as Certificate['totals'];
  for (const result of requirements) totals[result.level][result.status] += 1;

  const known = new Set(input.register.map((requirement) => requirement.id));
  const unknown = new Map<string, string[]>();
  for (const outcome of input.outcomes) {
    for (const id of [...outcome.requirements, ...outcome.violated]) {
      if (!known.has(id)) unknown.set(id, [...new Set([...(unknown.get(id) ?? []), outcome.title])]);
    }
  }

  const { verdict, reason } = verdictOf(requirements);
  return {
    suite: input.suite,
    target: input.target,
    run: input.run,
    verdict,
    verdictReason: reason,
    requirements,
    matrix: matrixOf(input.outcomes),
    totals,
    unknownRequirements: [...unknown].map(([requirement, tests]) => ({ requirement, tests })),
  };
}
