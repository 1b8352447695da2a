import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startEmulatorWithKey } from './emulator-with-key.ts';
import { startChildRun, SUITE_ROOT } from './child-run.ts';

function filesWrittenSince(folder: string, since: number): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesWrittenSince(full, since);
    try {
      return entry.isFile() && statSync(full).mtimeMs >= since ? [full] : [];
    } catch {
      return []; // a temporary file another writer has already renamed
    }
  });
}

test('the api_key of a run appears in no output: console, failures, curl lines, attachments, reports', async () => {
  test.setTimeout(240_000);
  // Characters that change under URL encoding, so both forms are looked for.
  const marker = `leak+Marker/${randomBytes(6).toString('hex')}=`;
  const forms = [
    marker,
    encodeURIComponent(marker),
    marker.replaceAll('+', '%2B'),
    Buffer.from(marker).toString('base64'),
  ];
  const emulator = await startEmulatorWithKey(marker, { defects: ['email-limit-off-by-one'] });
  const since = Date.now() - 1000;
  try {
    const child = startChildRun(emulator.url, {
      grep: 'create\\.email\\.max-length|create: the customer is listed',
      env: { EMULATOR_API_KEY_ONE: marker },
      configReporters: true,
    });
    const run = await child.done;
    // Every folder the run writes into: its output root (reports, JUnit, HTML, Allure, test results) and the ledger's.
    const outputFolders = [child.outputRoot, path.join(SUITE_ROOT, '.conformance')];
    // The search itself must be able to find a leak: a planted one, URL-encoded.
    const canary = path.join(child.outputRoot, 'canary.txt');
    writeFileSync(canary, `key=${encodeURIComponent(marker)}`);
    // The failure path is exercised: the defect makes the limit test fail, with its curl reproduction.
    // The progress reporter's last line: every test ran, some failed and some passed.
    const [, done, total, failed] = run.stdout.match(/(\d+)\/(\d+) tests \(100%\)[^\n]*· (\d+) failed/) ?? [];
    expect(Number(done)).toBe(Number(total));
    expect(Number(failed)).toBeGreaterThan(0);
    expect(Number(failed)).toBeLessThan(Number(total));
    const written = outputFolders.flatMap((folder) => filesWrittenSince(folder, since));
    console.log(
      `no-secret-leak: ${written.length} files written, ` +
        `stdout ${run.stdout.length} chars, stderr ${run.stderr.length} chars`,
    );
    expect(written.length).toBeGreaterThan(0);
    const leaks = [
      ...(forms.some((form) => run.stdout.includes(form)) ? ['stdout'] : []),
      ...(forms.some((form) => run.stderr.includes(form)) ? ['stderr'] : []),
      ...written.filter((file) => {
        if (!existsSync(file)) return false;
        const bytes = readFileSync(file);
        return forms.some((form) => bytes.includes(form));
      }),
    ];
    expect(leaks).toEqual([canary]);
  } finally {
    await emulator.close();
  }
});
