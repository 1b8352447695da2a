import type { Certificate, RequirementResult } from './certificate-types.ts';
import { LEVELS, STATUSES } from './certificate-build.ts';
import { BLOCK_FIELDS, failureFields, formatDuration } from './failure-fields.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const fence = (text: string): string => {
  const ticks = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}\n${text}\n${ticks}`;
};

function testsSummary(result: RequirementResult): string {
  const titles = result.tests.map((t) => t.title);
  if (titles.length === 0) return '—';
  return titles.length <= 3 ? titles.join('; ') : `${titles.slice(0, 3).join('; ')}; and ${titles.length - 3} more`;
}

function failureSection(result: RequirementResult): string[] {
  const counted = result.level === 'ambiguous' ? ' (ambiguous: reported, not counted against the target)' : '';
  const lines = [`### ${result.id} — ${result.status}`, '', `${result.level}: ${result.statement}${counted}`, ''];
  if (result.reason) lines.push(`Reason: ${result.reason}`, '');
  if (result.link) lines.push(`Link: ${result.link}`, '');
  if (result.blocks?.length)
    lines.push(
      `Root cause: this failure kept ${result.blocks.length} requirement(s) from being judged: ` +
        result.blocks.join(', '),
      '',
    );
  lines.push(`Tests: ${result.tests.map((t) => `${t.title} (${t.location}, ${t.status})`).join('; ')}`, '');
  result.failures.forEach((failure, index) => {
    lines.push(`#### Failure ${index + 1}`, '');
    for (const [label, text, key] of failureFields(failure)) {
      if (BLOCK_FIELDS.has(key)) lines.push(`${label}:`, '', fence(text), '');
      else lines.push(`- ${label}: ${text}`);
    }
    lines.push('');
  });
  return lines;
}

/** A section of requirements (none: no section) in a table of ID, level and one column of their own. */
function requirementsTable(
  heading: string,
  meaning: string,
  requirements: RequirementResult[],
  [column, valueOf]: [string, (result: RequirementResult) => string],
): string[] {
  if (requirements.length === 0) return [];
  return [
    `## ${heading}`,
    '',
    meaning,
    '',
    `| requirement | level | ${column} |`,
    '|---|---|---|',
    ...requirements.map((r) => `| ${r.id} | ${r.level} | ${cell(valueOf(r))} |`),
    '',
  ];
}

export function certificateMarkdown(c: Certificate): string {
  const formats = [...new Set(Object.values(c.matrix).flatMap((row) => Object.keys(row)))].sort();
  const lines = [
    `# Conformance certificate: ${c.target.name}`,
    '',
    `**Verdict: ${c.verdict}** — ${c.verdictReason}`,
    '',
    '| | |',
    '|---|---|',
    `| Target | ${cell(c.target.name)} |`,
    `| Base URL | ${cell(c.target.baseUrl)} |`,
    `| Suite | ${c.suite.name} ${c.suite.version}${c.suite.commit ? ` (commit ${c.suite.commit})` : ''} |`,
    `| Seed | ${c.run.seed ?? '(not set)'} |`,
    `| Runs per property | ${c.run.runsPerProperty ?? '(default)'} |`,
    `| Started | ${c.run.startTime} |`,
    `| Duration | ${formatDuration(c.run.durationMs)} |`,
    `| Playwright status | ${c.run.playwrightStatus} |`,
    '',
    '## Totals per level',
    '',
    `| level | ${STATUSES.join(' | ')} |`,
    `|---|${STATUSES.map(() => '---:').join('|')}|`,
    ...LEVELS.map((level) => `| ${level} | ${STATUSES.map((s) => c.totals[level][s]).join(' | ')} |`),
    '',
    'Ambiguous requirements are reported but never counted against the target.',
    '',
    '## Operations × formats (tests passed / failed / skipped)',
    '',
    `| operation | ${formats.join(' | ')} |`,
    `|---|${formats.map(() => '---').join('|')}|`,
    ...Object.entries(c.matrix).map(([operation, row]) => {
      const cells = formats.map((f) => (row[f] ? `${row[f].passed} / ${row[f].failed} / ${row[f].skipped}` : '—'));
      return `| ${operation} | ${cells.join(' | ')} |`;
    }),
    '',
  ];
  // Root causes first: a failure that kept others from being judged comes before them.
  const attention = c.requirements
    .filter((r) => r.status === 'failed' || r.status === 'expected-failure' || r.status === 'unexpected-pass')
    .sort(
      (a, b) =>
        Number(a.level === 'ambiguous') - Number(b.level === 'ambiguous') ||
        (b.blocks?.length ?? 0) - (a.blocks?.length ?? 0),
    );
  if (attention.length > 0) lines.push('## Failures and deviations', '', ...attention.flatMap(failureSection));
  lines.push(
    ...requirementsTable(
      'Not judged: blocked by a failure above',
      'Requirements whose every test failed first on another requirement: fix the root cause, then they are judged.',
      c.requirements.filter((r) => r.status === 'blocked' && r.level !== 'ambiguous'),
      ['blocked by', (r) => (r.blockedBy ?? []).join(', ')],
    ),
    ...requirementsTable(
      'Not run',
      'Documented or inferred requirements no test checked in this run: a certification run leaves none.',
      c.requirements.filter((r) => r.status === 'not-run' && r.level !== 'ambiguous'),
      ['why', (r) => r.reason ?? ''],
    ),
  );
  if (c.unknownRequirements.length > 0) {
    lines.push('## Requirement IDs missing from the register', '');
    for (const u of c.unknownRequirements) lines.push(`- ${u.requirement}: named by ${u.tests.join('; ')}`);
    lines.push('');
  }
  lines.push(
    '## Requirements',
    '',
    '| requirement | level | status | tests | reason |',
    '|---|---|---|---|---|',
    ...c.requirements.map(
      (r) => `| ${r.id} | ${r.level} | ${r.status} | ${cell(testsSummary(r))} | ${cell(r.reason ?? '')} |`,
    ),
    '',
  );
  return lines.join('\n');
}
