import type { Operation, Requirement } from '../../lib/contracts/types.ts';
import type { Block } from './doc-blocks.ts';
import type { RequirementStatus } from './certificate-types.ts';
import { constraintText, contractRequirementIds, effectText, operationPath, parameterName } from './contract-text.ts';
import { anchorOf } from './html-escape.ts';

/** The last result of each requirement, from a certificate. */
export type LastResults = Map<string, { status: RequirementStatus; reason?: string }>;

const statusOf = (id: string, results?: LastResults): string => {
  const result = results?.get(id);
  return result ? `${result.status}${result.reason ? ` (${result.reason})` : ''}` : '—';
};

function requirementsTable(ids: string[], register: Map<string, Requirement>, results?: LastResults): Block {
  return {
    kind: 'table',
    headers: results ? ['requirement', 'level', 'last result', 'statement'] : ['requirement', 'level', 'statement'],
    rows: ids.map((id) => {
      const requirement = register.get(id);
      const row = [id, requirement?.level ?? '(missing from the register)', requirement?.statement ?? ''];
      return results ? [row[0]!, row[1]!, statusOf(id, results), row[2]!] : row;
    }),
  };
}

function decisionBlocks(requirement: Requirement): Block[] {
  return [
    {
      kind: 'heading',
      level: 4,
      text: `${requirement.id}${requirement.conflict ? ` (conflict ${requirement.conflict})` : ''}`,
    },
    {
      kind: 'list',
      items: [
        ...(requirement.readings ?? []).map((reading) => `Reading: ${reading}`),
        `Accepted: ${(requirement.accepted ?? []).join('; ') || '—'}`,
        `Decision: ${requirement.decision ?? '—'}`,
      ],
    },
  ];
}

function operationBlocks(operation: Operation, register: Map<string, Requirement>, results?: LastResults): Block[] {
  const ids = [
    ...new Set([
      ...contractRequirementIds(operation),
      ...[...register.values()].filter((r) => (r.operations as string[]).includes(operation.id)).map((r) => r.id),
    ]),
  ];
  const ambiguous = ids.map((id) => register.get(id)).filter((r): r is Requirement => r?.level === 'ambiguous');
  const selectors = Object.entries(operation.selectors)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return [
    { kind: 'heading', level: 2, text: `${operation.title} (${operation.id})`, anchor: `op-${operation.id}` },
    { kind: 'paragraph', text: operation.summary },
    {
      kind: 'table',
      headers: ['', ''],
      rows: [
        ['Paths', operation.formats.map((f) => operationPath(operation, f)).join(', ')],
        ['Selected by', selectors || '(the endpoint alone)'],
        ['Verbs', operation.verbs.join(', ')],
        ['Success answer', operation.answers.success],
        ['Refusal answers', operation.answers.refusal.join(', ')],
        ['Unknown user answers', operation.answers.unknownUser?.join(', ') ?? '—'],
        ['Wrong credentials answers', operation.answers.unauthenticated.join(', ')],
        ['Effect', effectText(operation.effect)],
      ],
    },
    { kind: 'heading', level: 3, text: 'Parameters' },
    {
      kind: 'table',
      headers: [
        'parameter',
        'presence',
        'required (seed)',
        'requirements (seed)',
        'description (seed)',
        'constraints → requirement',
      ],
      rows: operation.parameters.map((p) => [
        `${parameterName(p)}${p.repeated ? ' (repeated key)' : ''}`,
        p.presence,
        p.seed.required,
        p.seed.requirements ?? '',
        p.seed.description,
        [
          ...(p.missingRequirement ? [`missing → ${p.missingRequirement}`] : []),
          ...(p.emptyRequirement ? [`empty → ${p.emptyRequirement}`] : []),
          ...p.constraints.map(constraintText),
        ].join('\n'),
      ]),
    },
    { kind: 'heading', level: 3, text: 'Example calls and answers' },
    ...operation.examples.flatMap((example): Block[] => [
      { kind: 'heading', level: 4, text: `${example.format.toUpperCase()}` },
      { kind: 'code', text: example.repaired ?? example.call },
      ...(example.repaired
        ? [
            {
              kind: 'paragraph',
              text: `The seed prints this call cut short: ${example.call}${example.note ? ` (${example.note})` : ''}`,
            } as Block,
          ]
        : []),
      ...example.answers.flatMap((answer): Block[] => [
        { kind: 'paragraph', text: `Answer: ${answer.kind}` },
        { kind: 'code', text: answer.body, language: example.format },
      ]),
    ]),
    { kind: 'heading', level: 3, text: 'Requirements' },
    requirementsTable(ids, register, results),
    ...(ambiguous.length > 0
      ? [
          { kind: 'heading', level: 3, text: 'Recorded decisions on ambiguities' } as Block,
          ...ambiguous.flatMap(decisionBlocks),
        ]
      : []),
  ];
}

function registerBlocks(register: Map<string, Requirement>, results?: LastResults): Block[] {
  return [
    { kind: 'heading', level: 2, text: 'Requirement register', anchor: 'register' },
    ...[...register.values()].flatMap((r): Block[] => [
      { kind: 'heading', level: 4, text: r.id, anchor: anchorOf(r.id) },
      {
        kind: 'list',
        items: [
          `Level: ${r.level}`,
          ...(results ? [`Last result: ${statusOf(r.id, results)}`] : []),
          `Statement: ${r.statement}`,
          ...(r.quote ? [`The seed: "${r.quote}"`] : []),
          `Source: ${[r.source.seed, r.source.section, r.source.detail].filter(Boolean).join(' § ')}`,
          `Operations: ${r.operations.join(', ')}; formats: ${r.formats.join(', ')}`,
          ...(r.untestable ? [`Not testable: ${r.untestable}`] : []),
          ...(r.readings ?? []).map((reading) => `Reading: ${reading}`),
          ...(r.accepted ? [`Accepted: ${r.accepted.join('; ')}`] : []),
          ...(r.decision ? [`Decision: ${r.decision}`] : []),
        ],
      },
    ]),
  ];
}

/** The reference: every operation with its parameters, examples and requirements, then the whole register. */
export function referenceBlocks(
  operations: Operation[],
  register: Map<string, Requirement>,
  results?: LastResults,
): Block[] {
  const crossCutting = [...register.values()].filter((r) => (r.operations as string[]).includes('*')).map((r) => r.id);
  return [
    { kind: 'heading', level: 1, text: 'SendGrid Reseller Customer Management API: reference from the contracts' },
    {
      kind: 'paragraph',
      text:
        "Generated from contracts/ (the suite's single source of truth). " +
        `${operations.length} operations, ${register.size} requirements.` +
        (results ? ' The last result of each requirement comes from the given certificate.' : ''),
    },
    {
      kind: 'list',
      items: operations.map((o) => `${o.title} (${o.id}): ${o.formats.map((f) => operationPath(o, f)).join(', ')}`),
    },
    ...operations.flatMap((operation) => operationBlocks(operation, register, results)),
    { kind: 'heading', level: 2, text: 'Cross-cutting requirements', anchor: 'cross-cutting' },
    requirementsTable(crossCutting, register, results),
    ...registerBlocks(register, results),
  ];
}
