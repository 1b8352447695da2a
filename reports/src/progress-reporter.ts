import type {
  FullConfig,
  FullResult,
  Reporter,
  Suite,
  TestCase,
  TestError,
  TestResult,
} from '@playwright/test/reporter';
import { formatDuration } from './failure-fields.ts';

export interface ProgressReporterOptions {
  /** One updating line (a terminal) or plain lines (CI, a pipe). Default: a terminal unless CI is set. */
  live?: boolean;
  /** Where to write (tests). */
  write?: (text: string) => void;
  /** The clock (tests). */
  now?: () => number;
}

// In CI a line per tenth of the run; failures are named as they happen, up to this many.
const PLAIN_STEPS = 10;
const FAILURES_NAMED = 20;
// An estimate from fewer finished tests is noise.
const TESTS_BEFORE_ESTIMATE = 5;

/**
 * Progress a person can follow on a long run: tests done / total, generated cases checked (the tests'
 * `cases` annotations), failures so far and an estimate of the time left. In a terminal one line that
 * updates in place; in CI (CI set, or output not a terminal) a plain line per tenth of the run.
 * Failed tests are named as they fail; the certificate reporter then gives the verdict.
 */
export default class ProgressReporter implements Reporter {
  private readonly live: boolean;
  private readonly write: (text: string) => void;
  private readonly now: () => number;
  private total = 0;
  private done = 0;
  private cases = 0;
  private failed = 0;
  private started = 0;
  private lastStep = 0;
  private lineShown = false;
  private ticker?: NodeJS.Timeout;

  constructor(options: ProgressReporterOptions = {}) {
    this.live = options.live ?? (!!process.stdout.isTTY && !process.env.CI);
    this.write = options.write ?? ((text) => void process.stdout.write(text));
    this.now = options.now ?? Date.now;
  }

  printsToStdio(): boolean {
    return true;
  }

  onBegin(_config: FullConfig, suite: Suite): void {
    this.total = suite.allTests().length;
    this.started = this.now();
    this.print(`Running ${this.total} test${this.total === 1 ? '' : 's'}`);
    if (this.live) {
      this.ticker = setInterval(() => this.redraw(), 1_000);
      this.ticker.unref();
      this.redraw();
    }
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A failed attempt that will be retried is not the test's end.
    if (result.status !== 'passed' && result.status !== 'skipped' && result.retry < test.retries) return;
    this.done += 1;
    const annotations = result.annotations.some((annotation) => annotation.type === 'cases')
      ? result.annotations
      : test.annotations;
    for (const annotation of annotations)
      if (annotation.type === 'cases') this.cases += Number(annotation.description) || 0;
    if (test.outcome() === 'unexpected') {
      this.failed += 1;
      if (this.failed <= FAILURES_NAMED)
        this.print(`  failed: ${test.titlePath().slice(3).join(' › ')}${whatBroke(result)}`);
      if (this.failed === FAILURES_NAMED + 1) this.print(`  (further failures are in the certificate)`);
    }
    if (this.live) this.redraw();
    else this.plainStep();
  }

  onStdOut(chunk: string | Buffer): void {
    this.print(chunk.toString().replace(/\n$/, ''));
  }

  onStdErr(chunk: string | Buffer): void {
    this.print(chunk.toString().replace(/\n$/, ''));
  }

  onError(error: TestError): void {
    this.print(`Error: ${error.message ?? error.value ?? 'unknown error'}`);
  }

  onEnd(result: FullResult): void {
    if (this.ticker) clearInterval(this.ticker);
    this.clearLine();
    this.write(`${this.summary()} — ${result.status}\n`);
  }

  /** `123/364 tests (34%) · 1,120 cases · 2 failed · 0:42 · about 1 min 20 s left` */
  summary(): string {
    const elapsed = this.now() - this.started;
    const percent = this.total === 0 ? 100 : Math.floor((this.done / this.total) * 100);
    const parts = [
      `${this.done}/${this.total} tests (${percent}%)`,
      `${this.cases.toLocaleString('en-US')} cases`,
      `${this.failed} failed`,
      formatDuration(elapsed),
    ];
    if (this.done < this.total) {
      parts.push(
        this.done < TESTS_BEFORE_ESTIMATE
          ? 'estimating time left'
          : `about ${formatDuration((elapsed / this.done) * (this.total - this.done))} left`,
      );
    }
    return parts.join(' · ');
  }

  private plainStep(): void {
    const step = this.total === 0 ? PLAIN_STEPS : Math.floor((this.done / this.total) * PLAIN_STEPS);
    if (step <= this.lastStep || this.done === this.total) return;
    this.lastStep = step;
    this.write(`${this.summary()}\n`);
  }

  /** A line above the live one: clear it, write the line, draw it again. */
  private print(line: string): void {
    this.clearLine();
    this.write(`${line}\n`);
    if (this.live && this.total > 0) this.redraw();
  }

  private redraw(): void {
    const columns = process.stdout.columns || 120;
    this.write(`\r\x1b[2K${this.summary().slice(0, columns - 1)}`);
    this.lineShown = true;
  }

  private clearLine(): void {
    if (!this.lineShown) return;
    this.write('\r\x1b[2K');
    this.lineShown = false;
  }
}

/** The requirements the test found broken (its `violated` annotations), else the first line of its error. */
const whatBroke = (result: TestResult): string => {
  const violated = result.annotations
    .filter((annotation) => annotation.type === 'violated')
    .map((annotation) => annotation.description);
  if (violated.length > 0) return ` (breaks ${violated.join(', ')})`;
  // Playwright colours its messages; a one-line summary reads better plain.
  const line = result.error?.message
    ?.replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .find((text) => text.trim() !== '');
  return line ? `: ${line.trim().slice(0, 160)}` : '';
};
