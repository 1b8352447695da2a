import { scoreFiles } from '../support/score-files.ts';
import { falseAlarmMarkdown } from './false-alarm-markdown.ts';
import type { FalseAlarmRow } from './false-alarm-row.ts';
import type { FalseAlarmOptions, FalseAlarmReport, PlainRun } from './false-alarm-run.ts';

/**
 * Where a false-alarm run leaves its findings (reports/false-alarms.json and .md): a line and a partial file
 * per reading as it goes, so that a run cut short still leaves what it found; the whole report at the end.
 */
export function falseAlarmOutput(dir: string, options: Pick<FalseAlarmOptions, 'seed' | 'runs'>) {
  const files = scoreFiles(dir, 'false-alarms');
  const finished: FalseAlarmRow[] = [];
  let plain: PlainRun | undefined;
  const keepPartial = () => files.partial({ seed: options.seed, runs: options.runs, plain, rows: finished });
  return {
    onPlain(run: PlainRun): void {
      plain = run;
      keepPartial();
      const verdict = run.error ? `error (${run.error})` : `${run.tests} tests, ${run.failedTests.length} failed`;
      console.log(`plain emulator: ${verdict}`);
    },
    onRow(row: FalseAlarmRow, done: number, total: number): void {
      finished.push(row);
      keepPartial();
      console.log(`[${done}/${total}] ${row.reading}: ${verdictText(row)}`);
    },
    /** Writes the report; returns its markdown. */
    write: (report: FalseAlarmReport): string => files.write(report, falseAlarmMarkdown(report)),
  };
}

function verdictText(row: FalseAlarmRow): string {
  if (row.error) return `error (${row.error})`;
  if (row.passed) return `passed (${row.tests} tests)`;
  return `FALSE ALARM: ${row.failures.length} test(s) failed, blaming ${row.requirements.join(', ')}`;
}
