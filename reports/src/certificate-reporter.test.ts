import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchSelfTestBrowser } from '../../lib/setup/browser.ts';
import type { Certificate } from './certificate-types.ts';
import { writeReference, lastResults } from './docs.ts';
import { MARKER_KEY, SYNTHETIC_FAILURE, runSynthetic, type SyntheticRun } from './synthetic-run.ts';
import { outputRoot } from './output-root.ts';
import { SUITE_ROOT } from './suite-root.ts';

// The screenshot and the synthetic certificate are kept for people to look at, beside the self-tests' reports.
const KEPT_REPORT_DIR = path.join(outputRoot(), 'reports/self-test-certificate');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });

type AllureNode = { name: string; attachments?: { name: string }[]; steps?: AllureNode[] };
const attachmentNames = (node: AllureNode): string[] => [
  ...(node.attachments ?? []).map((a) => a.name),
  ...(node.steps ?? []).flatMap(attachmentNames),
];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let run: SyntheticRun;
let certificate: Certificate;

test.beforeAll(() => {
  run = runSynthetic({ reportDir: KEPT_REPORT_DIR });
  certificate = JSON.parse(readFileSync(path.join(run.reportDir, 'certificate.json'), 'utf8')) as Certificate;
});

test('a run with a failing documented requirement is non-conformant and exits non-zero', () => {
  expect(run.exitCode, run.output).not.toBe(0);
  expect(certificate.verdict).toBe('non-conformant');
  expect(run.output).toContain(path.join(run.reportDir, 'certificate.html'));
});

test('the certificate records target, suite, seed, runs, time and every requirement status', () => {
  expect(certificate.target).toEqual({ name: 'synthetic-target', baseUrl: 'http://127.0.0.1:9' });
  expect(certificate.suite.version).toBe(
    JSON.parse(readFileSync(path.join(SUITE_ROOT, 'package.json'), 'utf8')).version,
  );
  expect(certificate.run).toMatchObject({ seed: '4242', runsPerProperty: '7' });
  expect(Date.parse(certificate.run.startTime)).not.toBeNaN();
  const status = Object.fromEntries(certificate.requirements.map((r) => [r.id, r.status]));
  expect(status).toEqual({
    'create.username.max-length': 'failed',
    'create.valid.accepted': 'passed',
    'delete.effect.unlisted': 'not-run',
    'create.company.required': 'failed',
    'create.billing.charged': 'not-applicable',
  });
  const failed = certificate.requirements.find((r) => r.id === 'create.username.max-length')!;
  expect(failed.failures[0]).toMatchObject({
    documented: SYNTHETIC_FAILURE.documented,
    seed: 4242,
    operation: 'create',
    format: 'json',
  });
  expect(certificate.requirements.find((r) => r.id === 'delete.effect.unlisted')!.reason).toBe(
    'the target profile is not destructive',
  );
  expect(certificate.matrix.create!.json).toEqual({ passed: 1, failed: 1, skipped: 0 });
  expect(certificate.matrix.delete!.xml).toEqual({ passed: 0, failed: 0, skipped: 1 });
  expect(certificate.totals.ambiguous.failed).toBe(1);
  const badge = JSON.parse(readFileSync(path.join(run.reportDir, 'badge.json'), 'utf8'));
  expect(badge).toEqual({
    schemaVersion: 1,
    label: 'synthetic-target conformance',
    message: 'non-conformant (1/3)',
    color: 'red',
  });
  expect(readFileSync(path.join(run.reportDir, 'certificate.md'), 'utf8')).toContain('**Verdict: non-conformant**');
});

test('certificate.html is self-contained and shows the verdict and the failing requirement in Chromium', async () => {
  const html = readFileSync(path.join(run.reportDir, 'certificate.html'), 'utf8');
  expect(html).not.toMatch(/<script[^>]*\bsrc=|<(link|img)\b|url\(|@import/i);
  const browser = await launchSelfTestBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.route(/^(?!file:)/, (route) => route.abort()); // any request beyond the file itself is a defect
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${path.join(run.reportDir, 'certificate.html')}`);
    await expect(page.locator('#verdict')).toContainText('non-conformant');
    const card = page.locator('#req-create\\.username\\.max-length');
    await expect(card).toBeVisible();
    await expect(card).toContainText('failed');
    await expect(card).toContainText(SYNTHETIC_FAILURE.documented);
    await expect(card).toContainText('api_key=[redacted]');
    await expect(card).toContainText('"message":"success"');
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await page.screenshot({ path: path.join(run.reportDir, 'certificate.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});

test('no report file, Allure result or console line contains the api_key, not even from a leaky failures.json', () => {
  const docsDir = path.join(run.dir, 'docs');
  writeReference(docsDir, lastResults(path.join(run.reportDir, 'certificate.json')));
  const written = [...filesUnder(run.reportDir), ...filesUnder(run.allureDir), ...filesUnder(docsDir)];
  expect(written.length).toBeGreaterThan(8);
  expect(written.filter((file) => readFileSync(file).includes(MARKER_KEY))).toEqual([]);
  expect(run.output).not.toContain(MARKER_KEY);
});

test(
  'Allure results carry operation, requirement, format, verb, ' + 'severity, documentation links and the attachments',
  () => {
    const results = filesUnder(run.allureDir)
      .filter((file) => file.endsWith('-result.json'))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')));
    const failing = results.find((r) => r.name === 'create rejects a username one past 64 characters');
    expect(failing).toBeDefined();
    const labels = (name: string) =>
      failing.labels.filter((l: { name: string }) => l.name === name).map((l: { value: string }) => l.value);
    expect(labels('feature')).toEqual(['create']);
    expect(labels('story').sort()).toEqual(['create.username.max-length', 'create.valid.accepted']);
    expect(labels('severity')).toEqual(['critical']);
    expect(failing.parameters).toEqual(
      expect.arrayContaining([
        { name: 'format', value: 'json' },
        { name: 'verb', value: 'GET' },
      ]),
    );
    expect(failing.links.map((l: { url: string }) => l.url)).toContain(
      `file://${path.join(SUITE_ROOT, 'reports/docs/reference.html')}#req-create.username.max-length`,
    );
    expect(attachmentNames(failing)).toContain('failures.json');
    const passing = results.find((r) => r.name === 'create accepts a valid customer');
    expect(attachmentNames(passing)).toContain('exchange 1: POST /apiv2/reseller.add.json');
    const environment = readFileSync(path.join(run.allureDir, 'environment.properties'), 'utf8');
    expect(environment).toContain('target=synthetic-target');
    expect(environment).toContain('seed=4242');
    const ambiguous = results.find((r) => r.name === 'create without company: either answer');
    expect(ambiguous.labels.filter((l: { name: string }) => l.name === 'severity')).toEqual([
      { name: 'severity', value: 'minor' },
    ]);
  },
);

test('declared deviations make the run partially conformant, accepted only with CONFORMANCE_ACCEPT_PARTIAL=1', () => {
  const expectations = [
    {
      requirement: 'create.username.max-length',
      expected: 'fail' as const,
      reason: 'usernames are truncated, not refused',
      link: 'https://example.org/issues/1',
    },
    {
      test: 'delete removes the customer from the list',
      expected: 'not-applicable' as const,
      reason: 'read-only target',
    },
  ];
  const strict = runSynthetic({ expectations });
  const partial = JSON.parse(readFileSync(path.join(strict.reportDir, 'certificate.json'), 'utf8')) as Certificate;
  expect(partial.verdict, strict.output).toBe('partially-conformant');
  expect(partial.requirements.find((r) => r.id === 'create.username.max-length')).toMatchObject({
    status: 'expected-failure',
    link: 'https://example.org/issues/1',
  });
  expect(partial.requirements.find((r) => r.id === 'delete.effect.unlisted')).toMatchObject({
    status: 'not-applicable',
    reason: 'read-only target',
  });
  expect(strict.exitCode).not.toBe(0);
  const accepting = runSynthetic({ expectations, env: { CONFORMANCE_ACCEPT_PARTIAL: '1' } });
  expect(accepting.exitCode, accepting.output).toBe(0);
});
