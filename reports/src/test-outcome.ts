import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import {
  BLOCKED,
  FAILURES_ATTACHMENT,
  parseBlocked,
  VIOLATED,
  type FailureRecord,
} from '../../lib/reporting/failure-record.ts';
import type { TestOutcome } from './certificate-types.ts';

type Annotation = TestCase['annotations'][number];

/** A test's declared and run-time annotations, each once. */
export function annotationsOf(test: TestCase, result: TestResult | undefined): Annotation[] {
  const seen = new Set<string>();
  return [...test.annotations, ...(result?.annotations ?? [])].filter((annotation) => {
    const key = `${annotation.type}\u0000${annotation.description ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function described(annotations: Annotation[], type: string): string[] {
  return [...new Set(annotations.filter((a) => a.type === type && a.description).map((a) => a.description!.trim()))];
}

function notApplicableOf(annotations: Annotation[]): Record<string, string> {
  return Object.fromEntries(
    described(annotations, 'not-applicable').map((text) => {
      const colon = text.indexOf(':');
      return colon < 0
        ? [text, 'does not apply to this target']
        : [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
    }),
  );
}

function readFailures(result: TestResult | undefined): FailureRecord[] {
  const records: FailureRecord[] = [];
  for (const attachment of result?.attachments ?? []) {
    if (attachment.name !== FAILURES_ATTACHMENT) continue;
    const text = attachment.body
      ? attachment.body.toString('utf8')
      : attachment.path
        ? readFileSync(attachment.path, 'utf8')
        : '';
    try {
      const parsed: unknown = JSON.parse(text);
      const list = Array.isArray(parsed) ? parsed : [parsed];
      records.push(...(list.filter((entry) => entry && typeof entry === 'object') as FailureRecord[]));
    } catch {
      records.push({
        documented: '(failures.json could not be parsed)',
        received: text.slice(0, 2000),
      } as FailureRecord);
    }
  }
  return records;
}

function statusOf(test: TestCase, result: TestResult | undefined): TestOutcome['status'] {
  if (!result || result.status === 'skipped') return 'skipped';
  if (result.status === 'interrupted') return 'interrupted';
  const outcome = test.outcome();
  if (outcome === 'flaky') return 'flaky';
  return outcome === 'expected' ? 'passed' : 'failed';
}

function reasonOf(
  status: TestOutcome['status'],
  annotations: Annotation[],
  result: TestResult | undefined,
): string | undefined {
  if (status === 'skipped') {
    const skip = annotations.find((a) => a.type === 'skip' || a.type === 'fixme');
    return skip?.description || 'skipped without a reason';
  }
  if (status === 'interrupted') return 'the run was interrupted';
  const message = result?.error?.message ?? result?.errors[0]?.message;
  return message?.replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0];
}

export function testOutcome(test: TestCase, rootDir: string): TestOutcome {
  const result = test.results.at(-1);
  const annotations = annotationsOf(test, result);
  const status = statusOf(test, result);
  const titles = test.titlePath().slice(3);
  return {
    title: test.title,
    fullTitle: titles.length > 0 ? titles.join(' › ') : test.title,
    location: `${path.relative(rootDir, test.location.file)}:${test.location.line}`,
    status,
    reason: status === 'passed' ? undefined : reasonOf(status, annotations, result),
    requirements: described(annotations, 'requirement'),
    violated: described(annotations, VIOLATED),
    blocked: Object.fromEntries(
      described(annotations, BLOCKED)
        .map((text) => parseBlocked(text))
        .map(({ requirement, by }) => [requirement, by]),
    ),
    notApplicable: notApplicableOf(annotations),
    operations: described(annotations, 'operation'),
    formats: described(annotations, 'format'),
    verbs: described(annotations, 'verb'),
    failures: status === 'failed' || status === 'flaky' ? readFailures(result) : [],
  };
}
