// The suite as a user gets it: packed, installed in an empty folder, run as `npx
// sendgrid-reseller-conformance` against an emulator on a free port; then the CI recipes' own steps.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts';
import type { Certificate } from '../../reports/src/certificate-types.ts';
import { runGithubWorkflow, runGitlabPipeline, shell, type RecipeInputs } from './ci-recipe-runner.ts';

const SUITE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EMULATOR_PROFILE = JSON.parse(readFileSync(path.join(SUITE_ROOT, 'targets/emulator.json'), 'utf8')) as Record<
  string,
  any
>;
// A small part of the suite: enough to go through every layer, little enough for a self-test.
const SUBSET = 'website_enable';
const SEED = '1818';

test.describe.configure({ mode: 'serial', timeout: 900_000 });

let root: string;
let tarball: string;
let userDir: string;
let emulator: RunningEmulator;
let subsetCertificate: Certificate;

/** The environment of a user's shell: none of this test runner's or the suite's own variables. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(TEST_|PW_|PLAYWRIGHT_|CONFORMANCE_|EMULATOR_|FORCE_COLOR)/.test(key),
    ),
  );
  return { ...env, CONFORMANCE_WORKERS: '1', ...extra };
}

const sh = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv()) =>
  shell(command, args, cwd, env);

const command = (dir: string, args: string[], env?: NodeJS.ProcessEnv) =>
  sh('npx', ['--no', '--', 'sendgrid-reseller-conformance', ...args], dir, env);

async function install(dir: string): Promise<void> {
  const installed = await sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);
  expect(installed.exitCode, installed.output).toBe(0);
}

/** A user's profile for the emulator: its reseller accounts, at the emulator's address. */
function emulatorProfile(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { $schema: _schema, description: _description, ...profile } = EMULATOR_PROFILE;
  return { ...profile, name, baseUrl: emulator.url, ...extra };
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  root = mkdtempSync(path.join(tmpdir(), 'installed-command-'));
  const packed = await sh('npm', ['pack', '--pack-destination', root], SUITE_ROOT);
  expect(packed.exitCode, packed.output).toBe(0);
  tarball = path.join(
    root,
    readdirSync(root).find((file) => file.endsWith('.tgz'))!,
  );
  userDir = path.join(root, 'user');
  mkdirSync(userDir);
  await install(userDir);
  emulator = await startEmulator({ profilePath: path.join(SUITE_ROOT, 'targets/emulator.json'), port: 0 });
});

test.afterAll(async () => {
  await emulator?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('the tarball holds the command, contracts, specs and emulator, and no self-tests', async () => {
  const listed = (await sh('tar', ['-tzf', tarball], root)).output.split('\n');
  for (const file of [
    'package/bin/sendgrid-reseller-conformance.mjs',
    'package/playwright.config.ts',
    'package/contracts/requirements.json',
    'package/specs/operations.spec.ts',
    'package/emulator/main.ts',
    'package/examples/github-actions.yml',
  ]) {
    expect(listed).toContain(file);
  }
  expect(listed.filter((file) => file.endsWith('.test.ts'))).toEqual([]);
});

test('--help on the command and on each subcommand, exit 0; a wrong option exits 2', async () => {
  const help = await command(userDir, ['--help']);
  expect(help.exitCode).toBe(0);
  for (const name of ['run', 'merge', 'init', 'emulator', 'cleanup', 'docs', 'openapi']) {
    expect(help.output).toContain(`  ${name} `);
    const sub = await command(userDir, [name, '--help']);
    expect(sub.exitCode, sub.output).toBe(0);
    expect(sub.output).toContain(`sendgrid-reseller-conformance ${name}`);
  }
  const wrong = await command(userDir, ['run', '--runs', 'many']);
  expect(wrong.exitCode).toBe(2);
  expect(wrong.output).toContain('--runs takes a positive whole number');
});

test('run writes the certificate into the current folder; a partial run is not conformant: exit 1', async () => {
  writeFileSync(path.join(userDir, 'local.json'), JSON.stringify(emulatorProfile('local')));
  const run = await command(userDir, [
    'run',
    '--target',
    'local.json',
    '--grep',
    SUBSET,
    '--seed',
    SEED,
    '--runs',
    '3',
  ]);
  expect(run.exitCode, run.output).toBe(1);
  const certificateFile = path.join(userDir, 'reports/local/certificate.json');
  subsetCertificate = JSON.parse(readFileSync(certificateFile, 'utf8')) as Certificate;
  expect(subsetCertificate.verdict).toBe('non-conformant');
  expect(subsetCertificate.requirements.filter((r) => r.status === 'failed')).toEqual([]);
  expect(subsetCertificate.requirements.filter((r) => r.status === 'passed').length).toBeGreaterThan(0);
  expect(subsetCertificate.run.seed).toBe(SEED);
  for (const file of [
    'reports/local/certificate.html',
    'reports/local/certificate.md',
    'reports/local/badge.json',
    'reports/junit.xml',
    'playwright-report/index.html',
    'allure-results',
  ]) {
    expect(existsSync(path.join(userDir, file)), file).toBe(true);
  }
  // Progress lines (not a terminal: plain lines), then the verdict.
  expect(run.output).toMatch(/\d+\/\d+ tests \(100%\) · [\d,]+ cases · 0 failed/);
  expect(run.output).toContain(path.join(userDir, 'reports/local/certificate.html'));
  // The installed package stays as installed.
  expect(readdirSync(path.join(userDir, 'node_modules/sendgrid-reseller-conformance/reports'))).toEqual(['src']);
});

test('an unreachable target or refused credentials stop the run at once: exit 2', async () => {
  writeFileSync(
    path.join(userDir, 'nowhere.json'),
    JSON.stringify(emulatorProfile('nowhere', { baseUrl: 'http://127.0.0.1:9' })),
  );
  const unreachable = await command(userDir, ['run', '--target', 'nowhere.json']);
  expect(unreachable.exitCode, unreachable.output).toBe(2);
  expect(unreachable.output).toContain('cannot be reached');
  writeFileSync(
    path.join(userDir, 'refused.json'),
    JSON.stringify(emulatorProfile('refused', { credentials: { apiUser: 'reseller-one', apiKey: 'not-the-key' } })),
  );
  const refused = await command(userDir, ['run', '--target', 'refused.json']);
  expect(refused.exitCode, refused.output).toBe(2);
  expect(refused.output).toContain('refused the credentials');
  expect(refused.output).not.toContain('not-the-key');
});

test('init writes a starter profile and expectations file that load, and refuses to overwrite them', async () => {
  const init = await command(userDir, ['init', '--name', 'staging', '--base-url', 'http://127.0.0.1:9']);
  expect(init.exitCode, init.output).toBe(0);
  const profile = JSON.parse(readFileSync(path.join(userDir, 'staging.json'), 'utf8'));
  expect(profile.$comment.length).toBeGreaterThan(3);
  expect(existsSync(path.join(userDir, profile.$schema))).toBe(true);
  expect(profile.expectations).toBe('./staging.expectations.json');
  // It loads: the run gets as far as the target (unreachable here) rather than stopping on the profile.
  const run = await command(
    userDir,
    ['run', '--target', 'staging.json'],
    cleanEnv({ STAGING_API_USER: 'u', STAGING_API_KEY: 'k' }),
  );
  expect(run.exitCode).toBe(2);
  expect(run.output).toContain('cannot be reached');
  const again = await command(userDir, ['init', '--name', 'staging']);
  expect(again.exitCode).toBe(2);
});

test('docs and openapi write into the current folder', async () => {
  const docs = await command(userDir, ['docs', '--certificate', 'reports/local/certificate.json']);
  expect(docs.exitCode, docs.output).toBe(0);
  expect(readFileSync(path.join(userDir, 'reports/docs/reference.md'), 'utf8')).toContain('create');
  const openapi = await command(userDir, ['openapi']);
  expect(openapi.exitCode, openapi.output).toBe(0);
  expect(JSON.parse(readFileSync(path.join(userDir, 'reports/openapi.json'), 'utf8')).openapi).toMatch(/^3\.1/);
});

/**
 * The recipes' inputs: the user's repository holds staging.json and its expectations (here: the
 * requirements outside this self-test's subset declared not applicable, so that the subset can be
 * conformant); the secrets point at the emulator.
 */
function recipeInputs(name: string): RecipeInputs {
  const outside = subsetCertificate.requirements.filter((r) => r.status === 'not-run').map((r) => r.id);
  expect(outside.length).toBeGreaterThan(0);
  const profile = emulatorProfile('staging', {
    baseUrl: 'https://staging.invalid',
    credentials: { apiUser: '${STAGING_API_USER}', apiKey: '${STAGING_API_KEY}' },
    secondReseller: {
      ...EMULATOR_PROFILE.secondReseller,
      apiUser: '${STAGING_API_USER_2}',
      apiKey: '${STAGING_API_KEY_2}',
    },
    expectations: './staging.expectations.json',
  });
  const expectations = {
    target: 'staging',
    expectations: outside.map((requirement) => ({
      requirement,
      expected: 'not-applicable',
      reason: `outside the self-test's subset (${SUBSET})`,
    })),
  };
  const recipeRoot = path.join(root, name);
  mkdirSync(recipeRoot);
  return {
    root: recipeRoot,
    checkout: (dir) => {
      writeFileSync(path.join(dir, 'staging.json'), JSON.stringify(profile, null, 2));
      writeFileSync(path.join(dir, 'staging.expectations.json'), JSON.stringify(expectations, null, 2));
    },
    values: {
      STAGING_BASE_URL: emulator.url,
      STAGING_API_USER: 'reseller-one',
      STAGING_API_KEY: 'emulator-key-one',
      STAGING_API_USER_2: 'reseller-two',
      STAGING_API_KEY_2: 'emulator-key-two',
      CONFORMANCE_PACKAGE: tarball,
      GITHUB_RUN_NUMBER: SEED,
      CI_PIPELINE_IID: SEED,
    },
    // The subset and fewer cases: the only settings this test adds to what the recipes say.
    env: cleanEnv({ CONFORMANCE_GREP: SUBSET, CONFORMANCE_RUNS: '3' }),
  };
}

function expectOneConformantCertificate(dir: string, jobs: { job: string; exitCode: number; output: string }[]): void {
  const shards = jobs.slice(0, -1);
  const merge = jobs.at(-1)!;
  expect(shards).toHaveLength(2);
  for (const shard of shards) expect(shard.exitCode, shard.output).toBe(0);
  const certificate = JSON.parse(
    readFileSync(path.join(dir, 'reports/staging/certificate.json'), 'utf8'),
  ) as Certificate;
  expect(certificate.verdict, merge.output).toBe('conformant');
  expect(certificate.run.seed).toBe(SEED);
  expect(certificate.target.baseUrl).toBe(emulator.url);
  // Both shards' tests are in the one certificate: as many as the unsharded subset run had.
  const tests = (c: Certificate) => new Set(c.requirements.flatMap((r) => r.tests.map((t) => t.title))).size;
  expect(tests(certificate)).toBe(tests(subsetCertificate));
  expect(readFileSync(path.join(dir, 'reports/junit.xml'), 'utf8')).toContain('<testsuites');
  expect(merge.exitCode, merge.output).toBe(0);
}

test(
  'examples/github-actions.yml, its steps run here: two shards, ' + 'the merge, one conformant certificate, exit 0',
  async () => {
    const jobs = await runGithubWorkflow(path.join(SUITE_ROOT, 'examples/github-actions.yml'), recipeInputs('github'));
    expect(jobs.map((job) => job.job)).toEqual(['shard', 'shard', 'certificate']);
    expectOneConformantCertificate(path.join(root, 'github/github-certificate'), jobs);
    expect(
      existsSync(path.join(root, 'github/github-artifacts/conformance-certificate/reports/staging/certificate.html')),
    ).toBe(true);
    expect(existsSync(path.join(root, 'github/github-artifacts/conformance-certificate/reports/junit.xml'))).toBe(true);
  },
);

test(
  'examples/gitlab-ci.yml, its scripts run here: two parallel jobs, ' + 'the merge, one conformant certificate, exit 0',
  async () => {
    const jobs = await runGitlabPipeline(path.join(SUITE_ROOT, 'examples/gitlab-ci.yml'), recipeInputs('gitlab'));
    expect(jobs.map((job) => job.job)).toEqual(['conformance', 'conformance', 'certificate']);
    expectOneConformantCertificate(path.join(root, 'gitlab/gitlab-certificate'), jobs);
  },
);
