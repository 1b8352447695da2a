import type { TestOutcome } from '../support/run-conformance.ts';
import { failedOutcomes, reportedRequirements } from '../mutation/mutation-row.ts';
import { scoreOf } from '../support/score-of.ts';

/** One failing test under a reading: a false alarm, since the reading is allowed. */
export interface FalseAlarm {
  test: string;
  /** The requirements the test blamed (its `violated` annotations, else its `requirement`s). */
  requirements: string[];
  /** Its first error without the assertion's frame, on one line. */
  message: string;
}

/** What one conformance run against one reading (or the preset) showed. */
export interface FalseAlarmRow {
  reading: string;
  description: string;
  allows: string[];
  passed: boolean;
  failures: FalseAlarm[];
  /** Every requirement a failing test blamed. */
  requirements: string[];
  tests: number;
  durationMs: number;
  /** The run itself broke (no report, child crashed): neither passed nor failed. */
  error?: string;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const MESSAGE_LIMIT = 700;
// The assertion's frame around what the test found: headline, matcher, diff labels.
const FRAME =
  /^(Error: every requirement this test checks holds|expect\(|Expected|Received|- Expected|\+ Received|\[\]$|Array \[)/;

/** What the test found, on one line: its error without the assertion's frame. */
function whatWasFound(outcome: TestOutcome): string {
  const text = (outcome.errors[0] ?? outcome.status).replace(ANSI, '');
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !FRAME.test(line) && !line.startsWith('at '));
  return (lines.length > 0 ? lines : [text.trim()]).join(' | ').slice(0, MESSAGE_LIMIT);
}

export function falseAlarmRow(
  reading: { name: string; description: string; allows: readonly string[] },
  outcomes: TestOutcome[],
  durationMs: number,
): FalseAlarmRow {
  const failures = failedOutcomes(outcomes).map((outcome) => ({
    test: outcome.title,
    requirements: reportedRequirements(outcome),
    message: whatWasFound(outcome),
  }));
  return {
    reading: reading.name,
    description: reading.description,
    allows: [...reading.allows],
    passed: failures.length === 0,
    failures,
    requirements: [...new Set(failures.flatMap((failure) => failure.requirements))].sort(),
    tests: outcomes.length,
    durationMs,
  };
}

export interface FalseAlarmSummary {
  total: number;
  passed: number;
  /** passed / total, 0..1 (runs that broke count as not passed). */
  score: number;
  falseAlarms: string[];
  errors: string[];
}

export function summarise(rows: FalseAlarmRow[]): FalseAlarmSummary {
  const { total, held, missed, broke, score } = scoreOf(rows, (row) => row.passed);
  return {
    total,
    passed: held.length,
    score,
    falseAlarms: missed.map((row) => row.reading),
    errors: broke.map((row) => row.reading),
  };
}
