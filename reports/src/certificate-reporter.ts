import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestError } from '@playwright/test/reporter';
import { loadRequirements } from '../../lib/contracts/load.ts';
import type { Requirement, RequirementRegister } from '../../lib/contracts/types.ts';
import { DEFAULT_RUNS } from '../../lib/target/resolve-target.ts';
import type { Certificate } from './certificate-types.ts';
import { buildCertificate } from './certificate-build.ts';
import { writeCertificate } from './certificate-write.ts';
import { loadExpectations } from './expectations.ts';
import { suiteIdentity } from './suite-identity.ts';
import { outputRoot } from './output-root.ts';
import { SUITE_ROOT } from './suite-root.ts';
import { targetSummary } from './target-summary.ts';
import { testOutcome } from './test-outcome.ts';

export interface CertificateReporterOptions {
  /** The Playwright project whose tests are judged (default `conformance`); runs without it write nothing. */
  project?: string;
  /** A requirement register file to use instead of contracts/requirements.json (self-tests). */
  requirements?: string;
}

/**
 * Where the certificate of a target goes: CONFORMANCE_REPORT_DIR, else reports/<target-name>/ under the output root.
 */
export function certificateDir(targetName: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CONFORMANCE_REPORT_DIR) return path.resolve(env.CONFORMANCE_REPORT_DIR);
  return path.join(outputRoot(env), 'reports', targetName.replace(/[^A-Za-z0-9._-]+/g, '-') || 'target');
}

/** The verdict decides the exit code: only a conformant target (or an accepted partial one) passes. */
export function acceptable(verdict: Certificate['verdict'], env: NodeJS.ProcessEnv = process.env): boolean {
  return verdict === 'conformant' || (verdict === 'partially-conformant' && env.CONFORMANCE_ACCEPT_PARTIAL === '1');
}

/** What Playwright hands every reporter besides its own options: `_mode` is `merge` under merge-reports. */
interface RunnerOptions {
  _mode?: string;
}

export default class CertificateReporter implements Reporter {
  private readonly project: string;
  private readonly merging: boolean;
  private suite?: Suite;
  private config?: FullConfig;
  private globalErrors = 0;

  constructor(private readonly options: CertificateReporterOptions & RunnerOptions = {}) {
    this.project = options.project ?? 'conformance';
    this.merging = options._mode === 'merge';
  }

  printsToStdio(): boolean {
    return true;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.config = config;
    this.suite = suite;
  }

  onError(_error: TestError): void {
    this.globalErrors += 1;
  }

  private register(): Requirement[] {
    if (!this.options.requirements) return [...loadRequirements().values()];
    return (JSON.parse(readFileSync(this.options.requirements, 'utf8')) as RequirementRegister).requirements;
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    // One suite per project, or (merged shard reports) one per shard of the project.
    const projectSuites = this.suite?.suites.filter((suite) => suite.project()?.name === this.project) ?? [];
    if (projectSuites.length === 0) return undefined;
    // Nothing ran and nothing failed (`--list`): no certificate, and the last run's stays as it is.
    if (
      this.globalErrors === 0 &&
      projectSuites.every((suite) => suite.allTests().every((test) => test.results.length === 0))
    )
      return undefined;
    let verdict: Certificate['verdict'];
    try {
      const target = targetSummary();
      const certificate = buildCertificate({
        register: this.register(),
        outcomes: projectSuites
          .flatMap((suite) => suite.allTests())
          .map((test) => testOutcome(test, this.config?.rootDir ?? SUITE_ROOT)),
        expectations: target.expectationsFile ? loadExpectations(target.expectationsFile) : [],
        suite: suiteIdentity(),
        target: { name: target.name, baseUrl: target.baseUrl },
        run: {
          seed: process.env.CONFORMANCE_SEED,
          runsPerProperty: process.env.CONFORMANCE_RUNS ?? String(DEFAULT_RUNS),
          runId: process.env.CONFORMANCE_RUN_ID,
          startTime: result.startTime.toISOString(),
          durationMs: result.duration,
          playwrightStatus: result.status,
        },
      });
      const dir = certificateDir(target.name);
      writeCertificate(dir, certificate, target.secrets);
      verdict = certificate.verdict;
      console.log(`\nConformance verdict for ${target.name}: ${certificate.verdict} (${certificate.verdictReason})`);
      console.log(
        `Certificate: ${path.join(dir, 'certificate.html')} (also certificate.md, certificate.json, badge.json)`,
      );
    } catch (error) {
      console.error(`\nThe certificate could not be written: ${(error as Error).message}`);
      return this.failed('the certificate could not be written');
    }
    if (!acceptable(verdict)) return this.failed(`the verdict is ${verdict}`);
    // A single run with errors outside any test fails by itself; a merge only through a reporter.
    if (this.merging && this.globalErrors > 0) return this.failed(`${this.globalErrors} error(s) outside any test`);
    // Expected failures and ambiguous requirements fail their tests but not the target.
    if (result.status === 'failed' && this.globalErrors === 0) return { status: 'passed' };
    return undefined;
  }

  /** A failed run; merge-reports ignores the status a reporter returns and fails only when a reporter throws. */
  private failed(reason: string): { status: FullResult['status'] } {
    if (this.merging) throw new Error(`merged shard reports: ${reason}`);
    return { status: 'failed' };
  }
}
