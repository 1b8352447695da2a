import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startEmulator } from '../../emulator/server.ts';
import { runConformance } from '../support/run-conformance.ts';
import { childRunEnv, startChildRun, SUITE_ROOT } from './child-run.ts';

// Where a user's `npm start` keeps its results: reports/<target>/ and the other files under reports/
// (not the reporters' code in reports/src/), the JUnit file, the HTML report, the Allure results.
const USER_OUTPUTS = ['reports', 'playwright-report', 'allure-results'];
const NOT_OUTPUT = path.join(SUITE_ROOT, 'reports', 'src');
// A run against a broken emulator, as the one that once replaced a user's certificate with a non-conformant one.
const DEFECT = 'email-limit-off-by-one';
const GREP = 'create\\.email\\.max-length';

/** Every file under the user's output folders, with a digest of its content. */
function fingerprint(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    if (dir === NOT_OUTPUT || !existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(SUITE_ROOT, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  for (const folder of USER_OUTPUTS) walk(path.join(SUITE_ROOT, folder));
  return files;
}

const OWN_FOLDER_TITLE =
  'child conformance runs of the self-tests write every report into their own folder, ' +
  "nothing where a user's run keeps its results";
test(OWN_FOLDER_TITLE, async () => {
  test.setTimeout(240_000);
  const before = fingerprint();
  const emulator = await startEmulator({
    profilePath: path.join(SUITE_ROOT, 'targets/emulator.json'),
    port: 0,
    defects: [DEFECT],
  });
  try {
    // The child with the configured reporters (JUnit, HTML, Allure, certificate) and the one the defect tests
    // and the mutation run use.
    const configured = startChildRun(emulator.url, { grep: GREP, configReporters: true, workers: 1 });
    const [run, mutationStyle] = await Promise.all([
      configured.done,
      runConformance({ defects: [DEFECT], grep: GREP, workers: 1 }),
    ]);
    expect(run.stdout).toMatch(/\b[1-9]\d* failed\b/);
    expect(mutationStyle.outcomes.filter((outcome) => outcome.status === 'failed').length).toBeGreaterThan(0);
    // The reporters did write, all of it into the child's own output root.
    for (const written of [
      'reports/emulator/certificate.json',
      'reports/emulator/certificate.html',
      'reports/junit.xml',
      'playwright-report/index.html',
    ]) {
      expect(existsSync(path.join(configured.outputRoot, written)), written).toBe(true);
    }
    expect(readdirSync(path.join(configured.outputRoot, 'allure-results')).length).toBeGreaterThan(0);
    expect(
      JSON.parse(readFileSync(path.join(configured.outputRoot, 'reports/emulator/certificate.json'), 'utf8')).verdict,
    ).toBe('non-conformant');
  } finally {
    await emulator.close();
  }
  expect(fingerprint()).toEqual(before);
});

test('listing the conformance tests writes no certificate', () => {
  const outputRoot = mkdtempSync(path.join(tmpdir(), 'list-run-'));
  const env = childRunEnv(outputRoot, { CONFORMANCE_BASE_URL: 'http://127.0.0.1:9' });
  const child = spawnSync('npx', ['playwright', 'test', '--project=conformance', '--list', '--grep', GREP], {
    cwd: SUITE_ROOT,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(child.stdout).toContain('Running 2 tests');
  expect(child.status, child.stdout + child.stderr).toBe(0);
  expect(existsSync(path.join(outputRoot, 'reports/emulator'))).toBe(false);
});
