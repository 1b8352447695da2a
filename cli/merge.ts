import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runNode } from './child.ts';
import { integer, positiveInteger, textOptions, defineCommand } from './command.ts';
import { EXIT_CODES_TEXT, UsageError } from './exit-codes.ts';
import { EMULATOR_PROFILE, PLAYWRIGHT_CLI, PLAYWRIGHT_CONFIG } from './package-root.ts';
import { blobsIn, exitFromCertificate, loadTargetProfile, runEnvironment } from './run-environment.ts';

const HELP = `Usage: sendgrid-reseller-conformance merge [--target profile.json] [options] <blob dir>...

Merges the blob reports of the shards (\`run --shard i/n\`) into one certificate, one JUnit file
and one HTML report, as if the run had not been split.

Options:
  --target <file>      the profile the shards ran against (names the certificate; its
                       expectations file decides known deviations). Default: the emulator
  --runs <n>           the shards' --runs, recorded in the certificate
  --seed <n>           the shards' --seed, recorded in the certificate
  --report-dir <dir>   where the certificate goes (default reports/<target name>/)
  --accept-partial     exit 0 for a partially conformant target
  -h, --help           this text

Each <blob dir> is searched (with its subfolders) for Playwright blob reports (report-*.zip),
so the shards' artifacts can be downloaded side by side and given as they are.

${EXIT_CODES_TEXT}`;

export const mergeCommand = defineCommand({
  summary: "merge the shards' blob reports into one certificate",
  help: HELP,
  options: { ...textOptions('target', 'runs', 'seed', 'report-dir'), 'accept-partial': { type: 'boolean' } },
  positionals: true,
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError('merge needs at least one folder of blob reports');
    const blobs = positionals.flatMap((dir) => blobsIn(path.resolve(dir)));
    if (blobs.length === 0) throw new UsageError(`no blob report (*.zip) in ${positionals.join(', ')}`);
    const target = path.resolve(values.target ?? process.env.CONFORMANCE_TARGET ?? EMULATOR_PROFILE);
    const env = runEnvironment(
      {
        target,
        runs: positiveInteger('--runs', values.runs),
        seed: integer('--seed', values.seed),
        reportDir: values['report-dir'],
        acceptPartial: values['accept-partial'],
      },
      loadTargetProfile(target),
    );
    // merge-reports reads one folder: the shards' zips side by side (same names from different jobs are renamed).
    const gathered = mkdtempSync(path.join(tmpdir(), 'conformance-merge-'));
    try {
      blobs.forEach((blob, index) => copyFileSync(blob, path.join(gathered, `${index}-${path.basename(blob)}`)));
      console.log(`Merging ${blobs.length} blob report(s): ${blobs.join(', ')}`);
      const started = Date.now();
      await runNode(PLAYWRIGHT_CLI, ['merge-reports', '--config', PLAYWRIGHT_CONFIG, gathered], env);
      return exitFromCertificate(env, started);
    } finally {
      rmSync(gathered, { recursive: true, force: true });
    }
  },
});
