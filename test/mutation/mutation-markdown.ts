import { attributionJudged, type MutationReport } from './mutation-run.ts';
import type { MutationRow } from './mutation-row.ts';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const list = (items: string[], limit = 4) =>
  (items.length <= limit ? items : [...items.slice(0, limit), `… ${items.length - limit} more`])
    .map((item) => `\`${cell(item)}\``)
    .join(', ');

function namedCell(row: MutationReport['rows'][number]): string {
  if (row.error) return '—';
  if (!row.caught) return '—';
  if (row.notNamed.length === 0) return 'yes';
  if (row.named.length === 0) return `no (missing: ${list(row.notNamed)})`;
  return `partly (missing: ${list(row.notNamed)})`;
}

function attributionCells(row: MutationReport['rows'][number]): string {
  if (row.error) return '— | —';
  const own = row.breaks.filter((id) => row.certificateFails.includes(id));
  const ownCell = own.length > 0 ? `yes: ${list(own, 2)}` : '**no**';
  const othersCell = row.othersFailed.length === 0 ? '0' : `${row.othersFailed.length}: ${list(row.othersFailed, 3)}`;
  return `${ownCell} | ${othersCell}`;
}

function modeText(report: MutationReport): string {
  if (report.targeted) return 'each defect against the tests naming what it breaks';
  if (report.firstFailure)
    return 'each defect against the tests naming what it breaks, and against the whole suite when they miss it';
  return 'each defect against the whole suite';
}

function gateLine(report: MutationReport): string {
  const { misattributed, medianOthers, met } = report.summary.attribution;
  const misattributedText =
    misattributed.length > 0 ? `; certificate fails none of the broken requirements: ${names(misattributed)}` : '';
  const facts = `median of other failed requirements per defect ${medianOthers}${misattributedText}`;
  if (!attributionJudged(report))
    return `Attribution (not judged: ${modeText(report)}, so the certificates are partial): ${facts}.`;
  return (
    'Attribution gate (each certificate fails the broken requirement; median of others at most 1): ' +
    `**${met ? 'met' : 'NOT met'}**, ${facts}.`
  );
}

function names(defects: string[]): string {
  return defects.map((name) => `\`${name}\``).join(', ');
}

function failingCell(row: MutationRow): string {
  return row.caught ? `${row.failedTests.length}: ${list(row.failedTests, 2)}` : '—';
}

function caughtCell(row: MutationRow): string {
  if (row.error) return `error: ${cell(row.error).slice(0, 120)}`;
  if (row.open) return row.caught ? 'yes (declared open)' : `open: ${cell(row.open)}`;
  if (row.uncatchable) return row.caught ? 'yes (declared uncatchable)' : `uncatchable: ${cell(row.uncatchable)}`;
  return row.caught ? 'yes' : '**NO**';
}

function cleanOutcome(clean: MutationReport['clean']): string {
  if (clean.failedTests.length === 0 && !clean.error) return `all ${clean.tests} tests passed`;
  return `**${clean.failedTests.length} failing test(s)**${clean.error ? ` (${cell(clean.error)})` : ''}`;
}

const TABLE_HEADER =
  '| defect | breaks | caught | failing tests | tests name the broken requirement | ' +
  'certificate fails the broken requirement | other requirements the certificate fails |';

/** The mutation table as Markdown: one row per defect, then the clean run and the score. */
export function mutationMarkdown(report: MutationReport): string {
  const { summary, clean } = report;
  const score = `Score: **${(summary.score * 100).toFixed(1)}%**`;
  const seconds = (report.durationMs / 1000).toFixed(0);
  const lines = [
    '# Mutation score of the conformance suite',
    '',
    `${score} (${summary.caught} of ${summary.total} emulator defects caught). ` +
      `Clean emulator: ${cleanOutcome(clean)}.`,
    '',
    `Seed ${report.seed}, ${report.runs} cases per property, ${report.parallel} workers, ` +
      `${modeText(report)}, ${seconds} s.`,
    '',
    gateLine(report),
    '',
    TABLE_HEADER,
    '|---|---|---|---|---|---|---|',
    ...report.rows.map(
      (row) =>
        `| \`${row.defect}\` | ${list(row.breaks, 3)} | ${caughtCell(row)} | ${failingCell(row)} | ` +
        `${namedCell(row)} | ${attributionCells(row)} |`,
    ),
    '',
  ];
  if (summary.uncaught.length > 0) lines.push(`Not caught: ${names(summary.uncaught)}.`, '');
  if (summary.open.length > 0)
    lines.push(
      'Declared open (not caught yet, left out of the score; each says what check it needs): ' +
        `${names(summary.open)}.`,
      '',
    );
  if (summary.openCaught.length > 0)
    lines.push(
      `Declared open but caught in this run (remove \`open\` from these defects): ${names(summary.openCaught)}.`,
      '',
    );
  if (summary.uncatchable.length > 0)
    lines.push(
      'Declared uncatchable (no check through the API catches them without failing a target an accepted ' +
        `reading allows; left out of the score, each says why): ${names(summary.uncatchable)}.`,
      '',
    );
  if (summary.uncatchableCaught.length > 0)
    lines.push(
      `Declared uncatchable but caught in this run (a check may fail a target a reading allows): ` +
        `${names(summary.uncatchableCaught)}.`,
      '',
    );
  if (clean.failedTests.length > 0)
    lines.push('Failing against the clean emulator:', '', ...clean.failedTests.map((title) => `- ${cell(title)}`), '');
  return lines.join('\n');
}
