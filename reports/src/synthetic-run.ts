// Self-test support: runs a tiny conformance project of our own through the real reporters in a
// child Playwright process, so the certificate and Allure output are judged end to end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OperationId, Requirement } from '../../lib/contracts/types.ts';
import type { Expectation } from './certificate-types.ts';
import { SUITE_ROOT } from './suite-root.ts';

export const MARKER_KEY = 'MARKER-api-key-7f3c9e1d';

const SEED_000 = '000_058a775d00ef64a2.txt';
const SEED_001 = '001_e5b85277de956e72.txt';

/** A register entry of the synthetic project: its operation is the ID's first part, both formats. */
function syntheticRequirement(
  id: string,
  statement: string,
  source: Requirement['source'],
  more: Partial<Requirement> = {},
): Requirement {
  const operation = id.split('.')[0] as OperationId;
  return { id, level: 'documented', statement, source, operations: [operation], formats: ['json', 'xml'], ...more };
}

export const SYNTHETIC_REGISTER: Requirement[] = [
  syntheticRequirement('create.username.max-length', 'create refuses a username longer than 64 characters.', {
    seed: SEED_000,
    section: 'Create a Customer',
  }),
  syntheticRequirement('create.valid.accepted', 'create accepts a valid customer.', {
    seed: SEED_001,
    section: 'Create a Customer',
  }),
  syntheticRequirement(
    'delete.effect.unlisted',
    'a deleted customer is no longer listed.',
    { seed: SEED_001, section: 'Delete a Customer' },
    { level: 'inferred' },
  ),
  syntheticRequirement(
    'create.company.required',
    'create without company is refused.',
    { seed: SEED_000, section: 'Create a Customer' },
    { level: 'ambiguous', readings: ['required', 'optional'], accepted: ['required', 'optional'], decision: 'D3' },
  ),
  syntheticRequirement(
    'create.billing.charged',
    'billing is charged.',
    { seed: SEED_000, section: 'Create a Customer' },
    { untestable: 'billing is not observable through the API' },
  ),
];

/** The failure the synthetic failing test reports; its curl leaks the key on purpose (the reports must not). */
export const SYNTHETIC_FAILURE = {
  requirement: 'create.username.max-length',
  operation: 'create',
  format: 'json',
  verb: 'GET',
  case: [
    ['username', `${'a'.repeat(59)}@x.io`.padEnd(65, 'z')],
    ['api_key', '[redacted]'],
  ],
  documented:
    'A username of more than 64 characters is refused with the error list (000: "No more than 64 characters").',
  received: `HTTP 200 {"message":"success"} (the customer was created; key ${MARKER_KEY})`,
  seed: 4242,
  curl:
    "curl -sS 'http://127.0.0.1:9/apiv2/reseller.add.json" +
    `?api_user=reseller-one&api_key=${MARKER_KEY}&username=aaaa'`,
};

const SPEC = `
import { test, expect } from '@playwright/test';
const FAILURE = ${JSON.stringify(SYNTHETIC_FAILURE)};

test('create accepts a valid customer', {
  tag: ['@create', '@json'],
  annotation: [
    { type: 'requirement', description: 'create.valid.accepted' },
    { type: 'operation', description: 'create' },
    { type: 'format', description: 'json' },
    { type: 'verb', description: 'POST' },
  ],
}, async ({}, testInfo) => {
  await testInfo.attach('exchange 1: POST /apiv2/reseller.add.json', {
    body: 'POST /apiv2/reseller.add.json\\napi_user=reseller-one&api_key=[redacted]\\n\\n200 {"message":"success"}',
    contentType: 'text/plain',
  });
  expect(1).toBe(1);
});

test('create rejects a username one past 64 characters', {
  tag: ['@create', '@json'],
  annotation: [
    { type: 'requirement', description: 'create.username.max-length' },
    { type: 'requirement', description: 'create.valid.accepted' },
    { type: 'operation', description: 'create' },
    { type: 'format', description: 'json' },
    { type: 'verb', description: 'GET' },
  ],
}, async ({}, testInfo) => {
  testInfo.annotations.push({ type: 'violated', description: 'create.username.max-length' });
  await testInfo.attach('failures.json', { body: JSON.stringify([FAILURE], null, 2), contentType: 'application/json' });
  expect('success', 'a 65-character username must be refused').toBe('error');
});

test('delete removes the customer from the list', {
  annotation: [
    { type: 'requirement', description: 'delete.effect.unlisted' },
    { type: 'operation', description: 'delete' },
    { type: 'format', description: 'xml' },
  ],
}, async () => {
  test.skip(true, 'the target profile is not destructive');
});

test('create without company: either answer', {
  annotation: [
    { type: 'requirement', description: 'create.company.required' },
    { type: 'operation', description: 'create' },
    { type: 'format', description: 'xml' },
  ],
}, async () => {
  expect('accepted').toBe('refused');
});
`;

export interface SyntheticRun {
  dir: string;
  reportDir: string;
  allureDir: string;
  exitCode: number | null;
  output: string;
}

/** A reporter of reports/src/ as a string literal for the generated config. */
function reporterFile(name: string): string {
  return JSON.stringify(path.join(SUITE_ROOT, 'reports/src', name));
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('TEST_') && !key.startsWith('PW_') && !key.startsWith('CONFORMANCE_'),
    ),
  );
  return { ...env, ...extra };
}

/** Runs the synthetic project; `expectations` go into the target's known-deviations file. */
export function runSynthetic(
  options: { expectations?: Expectation[]; env?: Record<string, string>; reportDir?: string } = {},
): SyntheticRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'certificate-run-'));
  symlinkSync(path.join(SUITE_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const reportDir = options.reportDir ?? path.join(dir, 'report');
  const allureDir = path.join(dir, 'allure-results');
  const emulatorProfile = JSON.parse(readFileSync(path.join(SUITE_ROOT, 'targets/emulator.json'), 'utf8')) as Record<
    string,
    unknown
  > & {
    credentials: Record<string, string>;
    secondReseller: Record<string, string>;
  };
  const profile = {
    ...emulatorProfile,
    $schema: undefined,
    name: 'synthetic-target',
    baseUrl: 'http://127.0.0.1:9',
    credentials: { ...emulatorProfile.credentials, apiKey: MARKER_KEY },
    secondReseller: { ...emulatorProfile.secondReseller, apiKey: `${MARKER_KEY}-two` },
    ...(options.expectations ? { expectations: 'expectations.json' } : {}),
  };
  writeFileSync(path.join(dir, 'profile.json'), JSON.stringify(profile, null, 2));
  if (options.expectations)
    writeFileSync(path.join(dir, 'expectations.json'), JSON.stringify({ expectations: options.expectations }, null, 2));
  const requirementsFile = path.join(dir, 'requirements.json');
  writeFileSync(requirementsFile, JSON.stringify({ requirements: SYNTHETIC_REGISTER }, null, 2));
  writeFileSync(path.join(dir, 'synthetic.spec.ts'), SPEC);
  writeFileSync(
    path.join(dir, 'playwright.config.ts'),
    `import { defineConfig } from '@playwright/test';
export default defineConfig({
  workers: 1,
  reporter: [
    ['list'],
    [${reporterFile('allure-reporter.ts')}, { resultsDir: ${JSON.stringify(allureDir)} }],
    [${reporterFile('certificate-reporter.ts')}, { requirements: ${JSON.stringify(requirementsFile)} }],
  ],
  projects: [{ name: 'conformance', testDir: '.', testMatch: '*.spec.ts' }],
});
`,
  );
  const child = spawnSync(
    process.execPath,
    [path.join(SUITE_ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'playwright.config.ts'],
    {
      cwd: dir,
      env: childEnv({
        CONFORMANCE_TARGET: path.join(dir, 'profile.json'),
        CONFORMANCE_REPORT_DIR: reportDir,
        CONFORMANCE_SEED: '4242',
        CONFORMANCE_RUNS: '7',
        FORCE_COLOR: '0',
        ...options.env,
      }),
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { dir, reportDir, allureDir, exitCode: child.status, output: `${child.stdout}\n${child.stderr}` };
}
