import path from 'node:path';
import { SUITE_ROOT } from './suite-root.ts';

/**
 * Where a run writes its reports: CONFORMANCE_OUTPUT_DIR, else the suite root. Under it: `reports/<target>/`
 * (the certificate, unless CONFORMANCE_REPORT_DIR says otherwise), `reports/junit.xml`,
 * `playwright-report/`, `allure-results/`, `test-results/`, and `reports/mutation.*` of a mutation run.
 */
export function outputRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONFORMANCE_OUTPUT_DIR ? path.resolve(SUITE_ROOT, env.CONFORMANCE_OUTPUT_DIR) : SUITE_ROOT;
}
