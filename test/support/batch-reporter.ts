import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { loadRequirements } from '../../lib/contracts/load.ts';
import { buildCertificate } from '../../reports/src/certificate-build.ts';
import { loadExpectations } from '../../reports/src/expectations.ts';
import { SUITE_ROOT } from '../../reports/src/suite-root.ts';
import { targetSummary } from '../../reports/src/target-summary.ts';
import { annotationsOf, testOutcome } from '../../reports/src/test-outcome.ts';
import { BATCH_LINE_PREFIX, type BatchProjectResult } from './batch-plan.ts';

/**
 * For batch runs (batch.config.ts): when a project's last test is over, one line on standard output with
 * the project's outcomes and its certificate as the certificate reporter would judge it.
 */
export default class BatchReporter implements Reporter {
  private rootDir = SUITE_ROOT;
  private readonly remaining = new Map<string, number>();
  private readonly projects = new Map<string, Suite>();
  /** What every project's certificate is judged against: read once per run. */
  private readonly target = targetSummary();
  private readonly register = [...loadRequirements().values()];
  private readonly expectations = this.target.expectationsFile ? loadExpectations(this.target.expectationsFile) : [];

  printsToStdio(): boolean {
    return true;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.rootDir = config.rootDir;
    for (const project of suite.suites) {
      const name = project.project()?.name ?? project.title;
      this.projects.set(name, project);
      this.remaining.set(name, project.allTests().length);
    }
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A test that will be retried is not over (batches run without retries, but a config may change).
    if (result.status !== 'passed' && result.retry < test.retries) return;
    const name = test.parent.project()?.name ?? '';
    const left = (this.remaining.get(name) ?? 0) - 1;
    this.remaining.set(name, left);
    if (left === 0) this.emit(name);
  }

  onEnd(): void {
    // Projects cut short (an interrupted run) still report what ran.
    for (const [name, left] of this.remaining) if (left > 0) this.emit(name);
  }

  private emit(name: string): void {
    this.remaining.set(name, 0);
    const tests =
      this.projects
        .get(name)
        ?.allTests()
        .filter((test) => test.results.length > 0) ?? [];
    const certificate = buildCertificate({
      register: this.register,
      outcomes: tests.map((test) => testOutcome(test, this.rootDir)),
      expectations: this.expectations,
      suite: { name: 'batch', version: '0' },
      target: { name: this.target.name, baseUrl: this.target.baseUrl },
      run: { startTime: new Date().toISOString(), durationMs: 0, playwrightStatus: 'passed' },
    });
    const result: BatchProjectResult = {
      name,
      outcomes: tests.map((test) => {
        const last = test.results.at(-1);
        return {
          // The describe path and the title, as the JSON reporter gives them (no project, no file).
          title: test.titlePath().slice(3).join(' > '),
          status: last?.status ?? 'skipped',
          annotations: annotationsOf(test, last).map(({ type, description }) => ({
            type,
            ...(description ? { description } : {}),
          })),
          errors: (last?.errors ?? []).map((error) => error.message ?? ''),
        };
      }),
      testMs: tests.reduce((sum, test) => sum + (test.results.at(-1)?.duration ?? 0), 0),
      certificate: {
        verdict: certificate.verdict,
        requirements: certificate.requirements.map(({ id, status }) => ({ id, status })),
      },
    };
    process.stdout.write(`${BATCH_LINE_PREFIX}${JSON.stringify(result)}\n`);
  }
}
