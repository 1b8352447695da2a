import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFECTS, parseDefectList } from '../emulator/defects/catalogue.ts';
import { startEmulator } from '../emulator/server.ts';
import { loadProfile } from '../lib/target/load-profile.ts';
import { certificateDir } from '../reports/src/certificate-reporter.ts';
import { writeUpdatedExpectations } from './update-expectations.ts';
import { readFileSync } from 'node:fs';
import type { Certificate } from '../reports/src/certificate-types.ts';

/**
 * Runs the conformance suite against a target profile served by the emulator with some defects on:
 * how a target's known deviations are reproduced and its expectations file checked or rewritten.
 *
 *   tsx expectations/run-on-emulator.ts --target targets/later-service.json --defects 'later-service-*' \
 *     [--update-expectations]
 *
 * `--defects` takes names from emulator/defects/catalogue.ts; a trailing * matches a prefix.
 */
const { values } = parseArgs({
  options: {
    target: { type: 'string' },
    defects: { type: 'string', default: '' },
    'update-expectations': { type: 'boolean', default: process.env.CONFORMANCE_UPDATE_EXPECTATIONS === '1' },
  },
});
if (!values.target)
  throw new Error(
    "usage: tsx expectations/run-on-emulator.ts --target targets/<name>.json --defects 'prefix-*' " +
      '[--update-expectations]',
  );

const defects = parseDefectList(values.defects).flatMap((pattern) =>
  pattern.endsWith('*')
    ? DEFECTS.filter((defect) => defect.name.startsWith(pattern.slice(0, -1))).map((defect) => defect.name)
    : [pattern],
);
const targetPath = path.resolve(values.target);
const profile = loadProfile(targetPath);
const emulator = await startEmulator({ profile, defects });
console.log(
  `Emulator for ${profile.name} on ${emulator.url}${defects.length ? ` with defects: ${defects.join(', ')}` : ''}`,
);
try {
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    // The certificate alone: the run must not share allure-results/ or the HTML report with other runs.
    const child = spawn(
      'npx',
      ['playwright', 'test', '--project=conformance', '--reporter=line,./reports/src/certificate-reporter.ts'],
      {
        stdio: 'inherit',
        env: { ...process.env, CONFORMANCE_TARGET: targetPath, CONFORMANCE_BASE_URL: emulator.url },
      },
    );
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (values['update-expectations']) {
    const certificate = JSON.parse(
      readFileSync(path.join(certificateDir(profile.name), 'certificate.json'), 'utf8'),
    ) as Certificate;
    if (!profile.expectations) throw new Error(`${values.target} names no expectations file`);
    const file = path.resolve(path.dirname(targetPath), profile.expectations);
    const { added, removed } = writeUpdatedExpectations(file, certificate);
    console.log(`${path.relative(process.cwd(), file)}: ${added} added, ${removed} removed`);
  }
  process.exitCode = exitCode ?? 1;
} finally {
  await emulator.close();
}
