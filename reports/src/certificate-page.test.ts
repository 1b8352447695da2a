import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { launchSelfTestBrowser } from '../../lib/setup/browser.ts';
import { certificateHtml } from './certificate-html.ts';
import type { Certificate } from './certificate-types.ts';
import { SUITE_ROOT } from './suite-root.ts';
import { SYNTHETIC_FAILURE, runSynthetic, type SyntheticRun } from './synthetic-run.ts';

// The synthetic run's report and the page's screenshots are kept for people to look at, in npm test's own
// output folder (git-ignored), never among a user's reports.
const KEPT_REPORT_DIR = path.join(SUITE_ROOT, 'test-output/certificate-page');
const SCREENSHOTS = path.join(KEPT_REPORT_DIR, 'screenshots');
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let run: SyntheticRun;
let browser: Browser;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  run = runSynthetic({ reportDir: KEPT_REPORT_DIR });
  browser = await launchSelfTestBrowser();
});

test.afterAll(async () => {
  await browser?.close();
});

/** Opens a certificate page with every request beyond the file itself refused (the page must need none). */
async function open(
  file: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.route(/^(?!file:)/, (route) => route.abort());
  await page.goto(`file://${file}`);
  return { page, requests, errors };
}

test('the certificate page is one self-contained file: inline style and script, nothing fetched', async () => {
  const file = path.join(run.reportDir, 'certificate.html');
  const html = readFileSync(file, 'utf8');
  expect(html).not.toMatch(/<script[^>]*\bsrc=|<(link|img|iframe)\b|url\(|@import/i);
  const { page, requests, errors } = await open(file, WIDTHS.desktop);
  await expect(page.locator('#verdict')).toContainText('non-conformant');
  expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('verdict first, then the operations x formats matrix coloured by status, then the requirements', async () => {
  const { page } = await open(path.join(run.reportDir, 'certificate.html'), WIDTHS.desktop);
  const order = await Promise.all(
    ['#verdict', 'table.matrix', '#filters', '#requirement-list'].map(
      async (selector) => (await page.locator(selector).boundingBox())!.y,
    ),
  );
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  const createJson = page.locator('table.matrix button[data-operation="create"][data-format="json"]');
  // create/json: create.valid.accepted passed, create.username.max-length failed (the ambiguous one is not counted).
  await expect(createJson).toContainText('1/2');
  await expect(createJson).toContainText('1 failed');
  await expect(createJson).toHaveCSS('border-left-color', 'rgb(207, 34, 46)');
  const deleteXml = page.locator('table.matrix button[data-operation="delete"][data-format="xml"]');
  await expect(deleteXml).toContainText('1 not-run');
  await page.context().close();
});

test(
  'a filter narrows the requirements, and a failed one unfolds to the ' +
    'case, the documents, the answer and a curl line to copy',
  async () => {
    const { page } = await open(path.join(run.reportDir, 'certificate.html'), WIDTHS.desktop);
    const items = page.locator('#requirement-list > details.req');
    await expect(items).toHaveCount(5);
    await page.locator('select[data-filter="status"]').selectOption('failed');
    await expect(items.locator('visible=true')).toHaveCount(2);
    await page.locator('select[data-filter="level"]').selectOption('documented');
    await expect(items.locator('visible=true')).toHaveCount(1);
    await expect(page.locator('#shown')).toHaveText('1 of 5 requirements shown');

    const failed = page.locator('#req-create\\.username\\.max-length');
    const evidence = failed.locator('.failure');
    await expect(evidence).toBeHidden();
    await failed.locator(':scope > summary').click();
    await expect(evidence).toBeVisible();
    await expect(evidence).toContainText('Case (shrunk)');
    await expect(evidence).toContainText(SYNTHETIC_FAILURE.documented);
    await expect(evidence).toContainText('"message":"success"');
    await expect(evidence).toContainText('api_key=[redacted]');
    // The tests behind it stay folded inside the unfolded requirement.
    const tests = failed.locator('details.tests');
    await expect(tests.locator('li').first()).toBeHidden();
    await tests.locator('summary').click();
    await expect(tests.locator('li').first()).toBeVisible();

    await evidence.locator('button[data-copy]').click();
    await expect(evidence.locator('button[data-copy]')).toHaveText('Copied');
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
    expect(copied).toMatch(/^curl /);
    expect(copied).not.toContain('MARKER');

    await page.locator('#clear-filters').click();
    await expect(items.locator('visible=true')).toHaveCount(5);
    await page.locator('table.matrix button[data-operation="delete"][data-format="xml"]').click();
    await expect(page.locator('select[data-filter="operation"]')).toHaveValue('delete');
    await expect(items.locator('visible=true')).toHaveCount(1);
    await page.context().close();
  },
);

test('any status string is shown and filtered, with a colour for the known ones (blocked)', async () => {
  const certificate = JSON.parse(readFileSync(path.join(run.reportDir, 'certificate.json'), 'utf8')) as Certificate;
  const notRun = certificate.requirements.find((r) => r.id === 'delete.effect.unlisted')!;
  (notRun as { status: string }).status = 'blocked by create.valid.accepted';
  const valid = certificate.requirements.find((r) => r.id === 'create.valid.accepted')!;
  (valid as { status: string }).status = 'a-status-from-a-newer-reporter';
  const file = path.join(run.dir, 'blocked.html');
  writeFileSync(file, certificateHtml(certificate));
  const { page, errors } = await open(file, WIDTHS.desktop);
  await page.locator('.chip[data-status="blocked"]').click();
  const items = page.locator('#requirement-list > details.req');
  await expect(items.locator('visible=true')).toHaveCount(1);
  const badge = page.locator('#req-delete\\.effect\\.unlisted .status');
  await expect(badge).toHaveText('blocked by create.valid.accepted');
  await expect(badge).toHaveCSS('background-color', 'rgb(188, 76, 0)');
  await expect(page.locator('#req-create\\.valid\\.accepted .status')).toHaveText('a-status-from-a-newer-reporter');
  expect(errors).toEqual([]);
  await page.context().close();
});

test(
  'screenshots at desktop and phone widths are kept with the ' + 'report, and the phone page does not scroll sideways',
  async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, viewport] of Object.entries(WIDTHS)) {
      const { page } = await open(path.join(run.reportDir, 'certificate.html'), viewport);
      await page.locator('#req-create\\.username\\.max-length > summary').click();
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: path.join(SCREENSHOTS, `certificate-${name}.png`), fullPage: true });
      expect(existsSync(path.join(SCREENSHOTS, `certificate-${name}.png`))).toBe(true);
      await page.context().close();
    }
  },
);
