import { scoreFiles } from '../support/score-files.ts';
import { mutationMarkdown } from './mutation-markdown.ts';
import type { MutationRow } from './mutation-row.ts';
import type { MutationOptions, MutationReport } from './mutation-run.ts';

/**
 * Where a mutation run leaves its findings (reports/mutation.json and .md): a line and a partial file per
 * defect as it goes, so that a run cut short still leaves what it found; the whole report at the end.
 */
export function mutationOutput(dir: string, options: Pick<MutationOptions, 'seed' | 'runs'>) {
  const files = scoreFiles(dir, 'mutation');
  const finished: MutationRow[] = [];
  return {
    onRow(row: MutationRow, done: number, total: number): void {
      finished.push(row);
      files.partial({ seed: options.seed, runs: options.runs, rows: finished });
      console.log(`[${done}/${total}] ${row.defect}: ${verdictText(row)}`);
    },
    /** Writes the report; returns its markdown. */
    write: (report: MutationReport): string => files.write(report, mutationMarkdown(report)),
  };
}

function verdictText(row: MutationRow): string {
  if (row.error) return `error (${row.error})`;
  if (row.caught) {
    const unnamed = row.notNamed.length ? `, not named: ${row.notNamed.join(', ')}` : '';
    return `caught by ${row.failedTests.length} test(s)${unnamed}`;
  }
  if (row.open) return 'not caught (declared open)';
  if (row.uncatchable) return 'not caught (declared uncatchable)';
  return 'NOT CAUGHT';
}
