import type { FalseAlarmRow } from './false-alarm-row.ts';
import type { FalseAlarmReport, PlainRun } from './false-alarm-run.ts';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const list = (items: string[], limit = 4) =>
  (items.length <= limit ? items : [...items.slice(0, limit), `… ${items.length - limit} more`])
    .map((item) => `\`${cell(item)}\``)
    .join(', ');

function plainOutcome(plain: PlainRun): string {
  if (plain.failedTests.length === 0 && !plain.error) return `all ${plain.tests} tests passed`;
  return `**${plain.failedTests.length} failing test(s)**${plain.error ? ` (${cell(plain.error)})` : ''}`;
}

function verdictCell(row: FalseAlarmRow): string {
  if (row.error) return `error: ${cell(row.error).slice(0, 120)}`;
  return row.passed ? 'passed' : '**FALSE ALARM**';
}

/** The false-alarm table as Markdown: one row per reading, then each false alarm with its message. */
export function falseAlarmMarkdown(report: FalseAlarmReport): string {
  const { summary, plain } = report;
  const score =
    `Score: **${(summary.score * 100).toFixed(1)}%** (${summary.passed} of ${summary.total} readings passed: ` +
    'an allowed liberty must never fail the suite).';
  const seconds = (report.durationMs / 1000).toFixed(0);
  const lines = [
    '# False-alarm score of the conformance suite',
    '',
    `${score} Plain emulator: ${plainOutcome(plain)}.`,
    '',
    `Seed ${report.seed}, ${report.runs} cases per property, ${report.parallel} runs in parallel, ${seconds} s.`,
    '',
    '| reading | allows | verdict | failing tests | requirements blamed |',
    '|---|---|---|---|---|',
    ...report.rows.map(
      (row) =>
        `| \`${row.reading}\` | ${list(row.allows, 3)} | ${verdictCell(row)} | ` +
        `${row.failures.length > 0 ? String(row.failures.length) : '—'} | ` +
        `${row.requirements.length > 0 ? list(row.requirements, 6) : '—'} |`,
    ),
  ];
  const failing = report.rows.filter((row) => row.failures.length > 0);
  if (failing.length > 0) {
    lines.push('', '## Each false alarm', '');
    for (const row of failing) {
      lines.push(`### \`${row.reading}\``, '', cell(row.description), '');
      for (const failure of row.failures)
        lines.push(`- ${cell(failure.test)} — blamed ${list(failure.requirements, 6)}: ${cell(failure.message)}`);
      lines.push('');
    }
  }
  if (plain.failedTests.length > 0)
    lines.push(
      '',
      '## Failing against the plain emulator (no reading)',
      '',
      ...plain.failedTests.map((title) => `- ${cell(title)}`),
    );
  return `${lines.join('\n')}\n`;
}
