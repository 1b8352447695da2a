import type { TestInfo } from '@playwright/test';
import fc from 'fast-check';
import type { Exchange } from '../../lib/client/exchange.ts';
import type { Format, Operation } from '../../lib/contracts/types.ts';
import { bodyText } from '../../lib/envelopes/body-text.ts';
import { failureRecord, type FailureRecord } from '../../lib/reporting/failure-record.ts';
import type { Case } from '../../generators/case.ts';
import type { CaseFault } from './run-case.ts';
import { addRunShrink, runShrinkSpent } from './shrink-budget.ts';

export interface PropertyRun {
  /** Cases run (shrinking included). */
  executed: number;
  failures: FailureRecord[];
}

/** How a test's cases reach the target. */
export interface CaseRunner {
  run(operationCase: Case): Promise<CaseFault | undefined>;
  /** Requests sent for the test's cases so far. */
  requests(): number;
  /**
   * A last look at the failure to report, which may send requests (judging a refusal under the limit a value sits on).
   */
  explain?(operationCase: Case, fault: CaseFault): Promise<{ operationCase: Case; fault: CaseFault }>;
}

// Shrinking and explaining a failure send real requests. Per test, from the first failure on: at most
// SHRINK_EXECUTIONS more cases, SHRINK_REQUESTS requests and SHRINK_MS of wall time, then the best case
// so far is reported. Per run: once RUN_SHRINK_MS or RUN_SHRINK_REQUESTS (all workers together) have gone
// into shrinking and explaining, a later failing test reports the first failing case it found, unshrunk
// and in full (case, answer, exchanges, seed), so that a target failing nearly everything gets its
// certificate within about twice a clean run's time (a clean default run sends ~8,000 requests in
// well under a minute); the first failures keep their shrinking.
const SHRINK_EXECUTIONS = 40;
const SHRINK_REQUESTS = 150;
const SHRINK_MS = 5_000;
const RUN_SHRINK_MS = 30_000;
const RUN_SHRINK_REQUESTS = 1_500;

/**
 * Runs generated cases against the target with plain checks (the `examples` first), shrinks the
 * first failing one with fast-check (seeded from the run's seed and the test) within the budgets
 * above, attaches its HTTP exchanges and returns its failure records (reported by reportFailures).
 */
export async function checkCases(
  testInfo: TestInfo,
  settings: { seed: number; runs: number; operation: Operation; format: Format },
  cases: fc.Arbitrary<Case>,
  runner: CaseRunner,
  examples: Case[] = [],
): Promise<PropertyRun> {
  let executed = 0;
  let firstFailure: { at: number; time: number; requests: number } | undefined;
  let last: { operationCase: Case; fault: CaseFault } | undefined;
  const runSpent = runShrinkSpent();
  const shrinking = runSpent.ms < RUN_SHRINK_MS && runSpent.requests < RUN_SHRINK_REQUESTS;
  const spent = () =>
    firstFailure !== undefined &&
    (executed - firstFailure.at >= SHRINK_EXECUTIONS ||
      runner.requests() - firstFailure.requests >= SHRINK_REQUESTS ||
      performance.now() - firstFailure.time >= SHRINK_MS);
  const property = fc.asyncProperty(cases, async (operationCase) => {
    if (spent()) return true;
    executed++;
    const fault = await runner.run(operationCase);
    if (!fault) return true;
    firstFailure ??= { at: executed, time: performance.now(), requests: runner.requests() };
    last = { operationCase, fault };
    return false;
  });
  const propertySeed = mixSeed(settings.seed, testInfo.titlePath.join(' > '));
  const details = await fc.check(property, {
    seed: propertySeed,
    numRuns: settings.runs,
    examples: examples.map((example) => [example]),
    endOnFailure: !shrinking,
  });
  if (!details.failed || !last) {
    if (details.failed && details.errorInstance) throw details.errorInstance;
    return { executed, failures: [] };
  }
  if (runner.explain) last = await runner.explain(last.operationCase, last.fault);
  if (firstFailure) addRunShrink(performance.now() - firstFailure.time, runner.requests() - firstFailure.requests);
  if (!shrinking)
    testInfo.annotations.push({
      type: 'shrinking',
      description:
        'skipped: the run spent its shrinking budget ' +
        `(${RUN_SHRINK_MS / 1000} s or ${RUN_SHRINK_REQUESTS} requests) on earlier failures`,
    });
  const path = details.counterexamplePath ?? undefined;
  const { operationCase, fault } = last;
  const record = (requirement: string, blockedBy?: string[]) =>
    failureRecord({
      requirement,
      ...(blockedBy ? { blockedBy } : {}),
      operation: settings.operation.id,
      format: settings.format,
      verb: operationCase.verb,
      case: fault.sent,
      received: `${fault.received}\nProblems: ${fault.problems.join('; ')}`,
      seed: settings.seed,
      ...(path ? { path } : {}),
      curl: fault.exchange.curl,
    });
  const failures = [
    ...fault.violated.map((requirement) => record(requirement)),
    ...fault.blocked.map(({ requirement, by }) => record(requirement, by)),
  ];
  for (const [index, exchange] of last.fault.exchanges.entries()) {
    await testInfo.attach(`exchange ${index + 1}: ${exchange.request.verb} ${new URL(exchange.request.url).pathname}`, {
      body: exchangeText(exchange, settings.format),
      contentType: 'text/plain',
    });
  }
  return { executed, failures };
}

function exchangeText(exchange: Exchange, format: Format): string {
  const body = bodyText(exchange.body, format);
  const sentBody = exchange.request.body !== undefined ? `\n\n${exchange.request.body}` : '';
  const request = `${exchange.request.verb} ${exchange.request.url}${sentBody}`;
  const answer =
    exchange.error ??
    `HTTP ${exchange.status} (${Math.round(exchange.durationMs)} ms)\n${Object.entries(exchange.headers)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n')}\n\n${body}`;
  return `${request}\n\n${answer}\n\n# reproduce\n${exchange.curl}\n`;
}

/** A 31-bit seed from the run seed and a text (FNV-1a), so every test draws its own cases. */
function mixSeed(seed: number, text: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 1;
}
