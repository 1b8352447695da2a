import type { Defect } from '../../emulator/defects/defect.ts';
import type { Certificate } from '../../reports/src/certificate-types.ts';
import type { TestOutcome } from '../support/run-conformance.ts';
import { scoreOf } from '../support/score-of.ts';

/** What one conformance run against one defect showed. */
export interface MutationRow {
  defect: string;
  description: string;
  breaks: string[];
  caught: boolean;
  /** Titles of the tests that did not pass. */
  failedTests: string[];
  /** Broken requirements that a failing test reported (its `violated` annotations, else its `requirement`s). */
  named: string[];
  /** Broken requirements no failing test reported. */
  notNamed: string[];
  /** Requirements failing tests reported that the defect does not claim to break. */
  alsoReported: string[];
  /** Requirements the run's certificate gives as failed (the certificate reporter's own judgement). */
  certificateFails: string[];
  /** Of those, the ones the defect does not claim to break: attribution to a neighbour. */
  othersFailed: string[];
  tests: number;
  durationMs: number;
  /** The run itself broke (no report, child crashed): neither caught nor missed. */
  error?: string;
  /** The defect is declared open (not caught yet, `Defect.open`): left out of the score. */
  open?: string;
  /** The defect is declared uncatchable without a false alarm (`Defect.uncatchable`): left out of the score. */
  uncatchable?: string;
}

/** What a row needs of a certificate: each requirement's status. */
export interface CertificateStatuses {
  requirements: ReadonlyArray<Pick<Certificate['requirements'][number], 'id'> & { status: string }>;
}

const NOT_PASSED = new Set<TestOutcome['status']>(['failed', 'timedOut', 'interrupted']);

export function failedOutcomes(outcomes: TestOutcome[]): TestOutcome[] {
  return outcomes.filter((outcome) => NOT_PASSED.has(outcome.status));
}

/** The requirements a failing test counts against the target (CONTRIBUTING.md: violated, else all it names). */
export function reportedRequirements(outcome: TestOutcome): string[] {
  const violated = annotated(outcome, 'violated');
  return violated.length > 0 ? violated : annotated(outcome, 'requirement');
}

/** The descriptions of an outcome's annotations of one type (`violated`: the requirements it found broken). */
export function annotated(outcome: Pick<TestOutcome, 'annotations'>, type: string): string[] {
  return outcome.annotations
    .filter((annotation) => annotation.type === type)
    .flatMap((annotation) => (annotation.description ? [annotation.description] : []));
}

/** The requirements a certificate gives as failed. */
export function certificateFailures(certificate: CertificateStatuses | undefined): string[] {
  return (certificate?.requirements ?? [])
    .filter((requirement) => requirement.status === 'failed')
    .map((requirement) => requirement.id);
}

export function mutationRow(
  defect: Pick<Defect, 'name' | 'description' | 'breaks' | 'open' | 'uncatchable'>,
  outcomes: TestOutcome[],
  durationMs: number,
  certificate?: CertificateStatuses,
): MutationRow {
  const failed = failedOutcomes(outcomes);
  const reported = new Set(failed.flatMap(reportedRequirements));
  const certificateFails = certificateFailures(certificate);
  return {
    defect: defect.name,
    description: defect.description,
    breaks: [...defect.breaks],
    caught: failed.length > 0,
    failedTests: failed.map((outcome) => outcome.title),
    named: defect.breaks.filter((id) => reported.has(id)),
    notNamed: defect.breaks.filter((id) => !reported.has(id)),
    alsoReported: [...reported].filter((id) => !defect.breaks.includes(id)).sort(),
    certificateFails,
    othersFailed: certificateFails.filter((id) => !defect.breaks.includes(id)),
    tests: outcomes.length,
    durationMs,
    ...(defect.open ? { open: defect.open } : {}),
    ...(defect.uncatchable ? { uncatchable: defect.uncatchable } : {}),
  };
}

export interface MutationSummary {
  total: number;
  caught: number;
  /** caught / total, 0..1 (runs that broke count as not caught). */
  score: number;
  uncaught: string[];
  /** Caught, but no failing test named any requirement the defect breaks. */
  caughtUnnamed: string[];
  errors: string[];
  /** Defects declared open (not caught yet), left out of the score; those caught all the same are listed apart. */
  open: string[];
  openCaught: string[];
  /** Defects declared uncatchable without a false alarm, left out of the score; those caught all the same apart. */
  uncatchable: string[];
  uncatchableCaught: string[];
  attribution: AttributionGate;
}

/**
 * Issue 12's gate on the certificates of the defect runs: each names a requirement the defect breaks
 * among its failed requirements, and the median count of other failed requirements is at most one.
 */
export interface AttributionGate {
  /** Defects whose certificate fails none of the requirements they break. */
  misattributed: string[];
  /** Median over the defects of the count of other failed requirements. */
  medianOthers: number;
  met: boolean;
}

export const MAX_MEDIAN_OTHERS = 1;

export function attributionGate(rows: MutationRow[]): AttributionGate {
  const judged = rows.filter((row) => !row.error && !declaredApart(row));
  const misattributed = judged
    .filter((row) => !row.breaks.some((id) => row.certificateFails.includes(id)))
    .map((row) => row.defect);
  const medianOthers = median(judged.map((row) => row.othersFailed.length));
  return {
    misattributed,
    medianOthers,
    met: judged.length > 0 && misattributed.length === 0 && medianOthers <= MAX_MEDIAN_OTHERS,
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarise(allRows: MutationRow[]): MutationSummary {
  const open = allRows.filter((row) => row.open);
  const uncatchable = allRows.filter((row) => row.uncatchable);
  const caughtOf = (rows: MutationRow[]) => scoreOf(rows, (row) => row.caught).held;
  const {
    total,
    held: caught,
    missed,
    broke,
    score,
  } = scoreOf(
    allRows.filter((row) => !declaredApart(row)),
    (row) => row.caught,
  );
  return {
    total,
    caught: caught.length,
    score,
    uncaught: missed.map((row) => row.defect),
    caughtUnnamed: caught.filter((row) => row.named.length === 0).map((row) => row.defect),
    errors: broke.map((row) => row.defect),
    open: open.map((row) => row.defect),
    openCaught: caughtOf(open).map((row) => row.defect),
    uncatchable: uncatchable.map((row) => row.defect),
    uncatchableCaught: caughtOf(uncatchable).map((row) => row.defect),
    attribution: attributionGate(allRows),
  };
}

/** Declared open or uncatchable: shown apart, left out of the score and the attribution gate. */
function declaredApart(row: MutationRow): boolean {
  return row.open !== undefined || row.uncatchable !== undefined;
}
