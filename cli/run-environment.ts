import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadProfile, type Profile } from '../lib/target/load-profile.ts';
import { acceptable } from '../reports/src/certificate-reporter.ts';
import type { Certificate } from '../reports/src/certificate-types.ts';
import { EXIT, UsageError } from './exit-codes.ts';

export interface RunSettings {
  /** Absolute profile path. */
  target: string;
  runs?: number;
  seed?: number;
  reportDir?: string;
  workers?: number;
  acceptPartial?: boolean;
}

export function loadTargetProfile(file: string): Profile {
  if (!existsSync(file))
    throw new UsageError(
      `the target profile ${file} does not exist (\`sendgrid-reseller-conformance init\` writes a starter)`,
    );
  try {
    return loadProfile(file);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * The environment the suite reads (CONTRIBUTING.md, "Target and run settings"), with every output
 * path in the user's current folder, laid out as in a clone: reports/<target>/certificate.*,
 * reports/junit.xml, playwright-report/, allure-results/, test-results/, blob-report/, .conformance/.
 * Variables the user set already win over our defaults, options over both.
 */
export function runEnvironment(
  settings: RunSettings,
  profile: Profile,
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const cwd = process.cwd();
  const env: NodeJS.ProcessEnv = { ...base, CONFORMANCE_TARGET: settings.target };
  if (settings.runs !== undefined) env.CONFORMANCE_RUNS = String(settings.runs);
  if (settings.seed !== undefined) env.CONFORMANCE_SEED = String(settings.seed);
  if (settings.workers !== undefined) env.CONFORMANCE_WORKERS = String(settings.workers);
  if (settings.acceptPartial) env.CONFORMANCE_ACCEPT_PARTIAL = '1';
  // The output root of the suite's config (reports/, playwright-report/, allure-results/, test-results/): the user's
  // folder, never the installed package.
  env.CONFORMANCE_OUTPUT_DIR ??= cwd;
  env.CONFORMANCE_REPORT_DIR = path.resolve(
    settings.reportDir ?? base.CONFORMANCE_REPORT_DIR ?? path.join('reports', profile.name),
  );
  env.PLAYWRIGHT_JUNIT_OUTPUT_FILE ??= path.join(cwd, 'reports/junit.xml');
  env.PLAYWRIGHT_HTML_OUTPUT_DIR ??= path.join(cwd, 'playwright-report');
  env.PLAYWRIGHT_BLOB_OUTPUT_DIR ??= path.join(cwd, 'blob-report');
  env.PLAYWRIGHT_HTML_OPEN ??= 'never';
  return env;
}

/** The exit code from the certificate this run wrote (one older than `since` is an earlier run's). */
export function exitFromCertificate(env: NodeJS.ProcessEnv, since: number): number {
  const file = path.join(env.CONFORMANCE_REPORT_DIR!, 'certificate.json');
  if (!existsSync(file) || statSync(file).mtimeMs < since - 1_000) {
    console.error(`\nNo certificate was written to ${path.dirname(file)}: the run broke before its end (see above).`);
    return EXIT.broken;
  }
  const certificate = JSON.parse(readFileSync(file, 'utf8')) as Certificate;
  return acceptable(certificate.verdict, env) ? EXIT.ok : EXIT.notConformant;
}

/** Blob reports (Playwright's `report-*.zip`) under `dir` written since `since`. */
export function blobsIn(dir: string, since = 0): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => file.endsWith('.zip') && statSync(file).isFile() && statSync(file).mtimeMs >= since - 1_000);
}
