/** What the parent of a batch run hands its Playwright child (through a JSON file): one project per target. */
export interface BatchPlan {
  workers: number;
  outputDir: string;
  projects: BatchProject[];
}

export interface BatchProject {
  /** The project's name: a defect, a reading or `clean`. */
  name: string;
  /** Where this project's emulator listens. */
  baseUrl: string;
  /** Only the tests matching this regular expression (Playwright's grep, per project). */
  grep?: string;
  /** At most this many of the batch's workers at once on this project (one that mostly waits: a rate limit). */
  workers?: number;
  /** The project stops at its first failing test (its later tests are skipped). */
  stopAfterFailure?: boolean;
}

/** Written by the batch reporter on its own line of standard output when a project's last test is over. */
export const BATCH_LINE_PREFIX = '\u0000batch-project ';

export interface BatchProjectResult {
  name: string;
  outcomes: Array<{
    title: string;
    status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
    annotations: Array<{ type: string; description?: string }>;
    errors: string[];
  }>;
  /** Time its tests took, added up (the project's share of the run). */
  testMs: number;
  /** The project's certificate, as the certificate reporter would judge it: verdict and status per requirement. */
  certificate: { verdict: string; requirements: Array<{ id: string; status: string }> };
}
