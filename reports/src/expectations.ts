import { readFileSync } from 'node:fs';
import type { Expectation, TestOutcome } from './certificate-types.ts';

const EXPECTED = new Set(['fail', 'flaky', 'not-applicable']);

/**
 * Reads a target's known deviations: `{"expectations": [{requirement|test, expected, reason, link?}]}`
 * (a bare array is accepted too). Malformed entries stop the run: a silently ignored expectation
 * would turn a known deviation into a failure or, worse, hide one.
 */
export function loadExpectations(file: string): Expectation[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const list: unknown = Array.isArray(parsed) ? parsed : (parsed as { expectations?: unknown }).expectations;
  if (!Array.isArray(list)) throw new Error(`${file}: expected {"expectations": [...]}`);
  return list.map((entry: Partial<Expectation>, index) => {
    const where = `${file}: expectations[${index}]`;
    if (!entry || typeof entry !== 'object') throw new Error(`${where} is not an object`);
    if (!entry.requirement === !entry.test)
      throw new Error(`${where} must name exactly one of "requirement" or "test"`);
    if (!EXPECTED.has(entry.expected as string))
      throw new Error(`${where}.expected must be fail, flaky or not-applicable`);
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') throw new Error(`${where}.reason is required`);
    return entry as Expectation;
  });
}

export function expectationForTest(expectations: Expectation[], outcome: TestOutcome): Expectation | undefined {
  return expectations.find((e) => e.test !== undefined && (e.test === outcome.title || e.test === outcome.fullTitle));
}

export function expectationForRequirement(expectations: Expectation[], requirement: string): Expectation | undefined {
  return expectations.find((e) => e.requirement === requirement);
}
