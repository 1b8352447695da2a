import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { certificateHtml } from './reports/src/certificate-html.ts';
const [json, out] = process.argv.slice(2);
const html = certificateHtml(JSON.parse(readFileSync(json!, 'utf8')));
writeFileSync(`${out}.html`, html);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(`file://${out}.html`);
  await page.screenshot({ path: `${out}-${name}.png`, fullPage: false });
  const first = page.locator('details.req[data-status=failed]').first();
  if (await first.count()) { await first.locator('summary').click(); await first.scrollIntoViewIfNeeded(); await page.screenshot({ path: `${out}-${name}-open.png` }); }
  console.log(name, errors);
}
await browser.close();
