import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { scrubSecrets } from '../../lib/client/redact.ts';
import { startEmulatorWithKey } from './emulator-with-key.ts';
import { startChildRun } from './child-run.ts';

function filesUnder(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(folder, entry.name))
      : entry.isFile()
        ? [path.join(folder, entry.name)]
        : [],
  );
}

/** Whether a file holds the secret in any notation the scrubber knows (raw, percent, JSON, XML references, mixed). */
function holds(file: string, secret: string): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return false;
  }
  return [bytes.toString('utf8'), bytes.toString('latin1')].some((text) => scrubSecrets(text, [secret]) !== text);
}

const KILLED_RUN_TITLE =
  'a run killed half-way against a target that repeats the api_key in its error texts leaves the key in no file';
test(KILLED_RUN_TITLE, async () => {
  test.setTimeout(300_000);
  // Characters that change under URL, JSON and XML escaping.
  const marker = `echo+Key/${randomBytes(6).toString('hex')}&"=`;
  // The readings repeat every parameter in error texts, in XML as character references; the defect refuses
  // valid calls, so failing tests attach refusals that repeat the key.
  const emulator = await startEmulatorWithKey(marker, {
    defects: ['username-limit-tightened'],
    readings: ['error-texts-echo-parameters', 'xml-char-refs-everywhere'],
  });
  try {
    const run = startChildRun(emulator.url, {
      grep: 'create (JSON|XML) ',
      env: { EMULATOR_API_KEY_ONE: marker },
      configReporters: true,
      workers: 2,
    });
    let stdout = '';
    run.child.stdout!.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    // Killed once a failed test's result (with what came back attached) is on disk, while other tests still run.
    const failedResultWritten = () =>
      filesUnder(path.join(run.outputRoot, 'allure-results')).some(
        (file) => file.endsWith('-result.json') && readFileSync(file, 'utf8').includes('"status":"failed"'),
      );
    const deadline = Date.now() + 180_000;
    while (!failedResultWritten() && Date.now() < deadline && run.child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect(run.child.exitCode, `the run must still be going when it is killed\n${stdout}`).toBeNull();
    process.kill(-run.child.pid!, 'SIGKILL');
    const ended = await run.done;
    expect(ended.signal).toBe('SIGKILL');
    const files = filesUnder(run.outputRoot);
    expect(files.length, 'the run wrote result files before it was killed').toBeGreaterThan(0);
    // The detector finds a planted leak in a mixed notation.
    const urlEncodedStart = encodeURIComponent(marker.slice(0, 5));
    const xmlEscapedRest = marker.slice(5).replaceAll('&', '&amp;').replaceAll('"', '&#34;');
    expect(scrubSecrets(`key=${urlEncodedStart}${xmlEscapedRest}`, [marker])).not.toContain('echo');
    expect(files.filter((file) => holds(file, marker))).toEqual([]);
    expect(scrubSecrets(stdout + ended.stderr, [marker])).toBe(stdout + ended.stderr);
  } finally {
    await emulator.close();
  }
});
