import path from 'node:path';
import { startEmulator, type RunningEmulator } from '../emulator/server.ts';
import { parseDefectList } from '../emulator/defects/catalogue.ts';
import { probeTarget } from '../lib/safety/probe-target.ts';
import { productionGuard } from '../lib/safety/production-guard.ts';
import { newRunId } from '../lib/safety/run-id.ts';
import { resolveTarget } from '../lib/target/resolve-target.ts';
import { runNode } from './child.ts';
import { integer, positiveInteger, shardOf, textOptions, defineCommand } from './command.ts';
import { EXIT, EXIT_CODES_TEXT, UsageError } from './exit-codes.ts';
import { EMULATOR_PROFILE, PACKAGE_ROOT, PLAYWRIGHT_CLI, PLAYWRIGHT_CONFIG } from './package-root.ts';
import { blobsIn, exitFromCertificate, loadTargetProfile, runEnvironment } from './run-environment.ts';

const PROGRESS_REPORTER = path.join(PACKAGE_ROOT, 'reports/src/progress-reporter.ts');

const HELP = `Usage: sendgrid-reseller-conformance run [--target profile.json] [options]

Runs the conformance suite against a target and writes its certificate.

Options:
  --target <file>      the target profile (JSON; \`init\` writes a starter). Without it: the
                       reference emulator shipped in the package, started on a free port
  --runs <n>           generated cases per property (default 10)
  --seed <n>           the seed (default: random, printed); give every shard the same one
  --shard <i/n>        run shard i of n and write a blob report to blob-report/ (see \`merge\`)
  --report-dir <dir>   where the certificate goes (default reports/<target name>/)
  --grep <regexp>      only the tests whose title matches (CONFORMANCE_GREP also works; the
                       others count as not run, unless the expectations file declares them
                       not applicable)
  --workers <n>        parallel workers (default 2)
  --accept-partial     exit 0 for a partially conformant target (declared deviations only)
  -h, --help           this text

Output, in the current folder: reports/<target>/certificate.{html,md,json} and badge.json,
reports/junit.xml, playwright-report/, allure-results/, test-results/, .conformance/ (the run's
ledger of created customers, for cleanup). Environment variables of the suite
(CONFORMANCE_API_KEY, CONFORMANCE_BASE_URL, CONFORMANCE_RUN_ID...) apply as in a clone.

${EXIT_CODES_TEXT}
A shard exits 0 once its blob report is written: the verdict comes from \`merge\`.`;

async function embeddedEmulator(): Promise<RunningEmulator> {
  return startEmulator({
    profilePath: EMULATOR_PROFILE,
    port: 0,
    defects: parseDefectList(process.env.EMULATOR_DEFECTS),
  });
}

export const runCommand = defineCommand({
  summary: 'run the conformance suite against a target and write its certificate',
  help: HELP,
  options: {
    ...textOptions('target', 'runs', 'seed', 'shard', 'report-dir', 'grep', 'workers'),
    'accept-partial': { type: 'boolean' },
  },
  async run(values) {
    const shard = shardOf(values.shard);
    const chosenTarget = values.target ?? process.env.CONFORMANCE_TARGET;
    const target = path.resolve(chosenTarget ?? EMULATOR_PROFILE);
    const profile = loadTargetProfile(target);
    const env = runEnvironment(
      {
        target,
        runs: positiveInteger('--runs', values.runs),
        seed: integer('--seed', values.seed),
        reportDir: values['report-dir'],
        workers: positiveInteger('--workers', values.workers),
        acceptPartial: values['accept-partial'],
      },
      profile,
    );
    const grep = values.grep ?? process.env.CONFORMANCE_GREP;
    if (grep !== undefined) {
      try {
        new RegExp(grep);
      } catch (error) {
        throw new UsageError(`--grep: ${(error as Error).message}`);
      }
    }
    // Decided here (not in playwright.config.ts) so that the probe below and the run agree.
    env.CONFORMANCE_SEED ??= String(Math.floor(Math.random() * 2 ** 31));
    env.CONFORMANCE_RUN_ID ??= newRunId();

    const emulator =
      chosenTarget === undefined && env.CONFORMANCE_BASE_URL === undefined ? await embeddedEmulator() : undefined;
    if (emulator) env.CONFORMANCE_BASE_URL = emulator.url;
    try {
      const resolved = resolveTarget(env);
      try {
        productionGuard(resolved, env);
        await probeTarget(resolved);
      } catch (error) {
        console.error(`sendgrid-reseller-conformance: ${(error as Error).message}`);
        return EXIT.usage;
      }
      const args = [
        'test',
        '-c',
        PLAYWRIGHT_CONFIG,
        '--project=conformance',
        `--output=${path.resolve('test-results')}`,
      ];
      if (grep !== undefined) args.push('--grep', grep);
      if (shard) args.push(`--shard=${shard.current}/${shard.total}`, `--reporter=blob,${PROGRESS_REPORTER}`);
      const started = Date.now();
      await runNode(PLAYWRIGHT_CLI, args, env);
      if (!shard) return exitFromCertificate(env, started);
      const blobs = blobsIn(env.PLAYWRIGHT_BLOB_OUTPUT_DIR!, started);
      if (blobs.length === 0) {
        console.error(
          `\nShard ${shard.current}/${shard.total} wrote no blob report to ${env.PLAYWRIGHT_BLOB_OUTPUT_DIR}: ` +
            'the run broke (see above).',
        );
        return EXIT.broken;
      }
      console.log(
        `\nShard ${shard.current}/${shard.total}: ${blobs.join(', ')} ` +
          '(merge the shards: sendgrid-reseller-conformance merge --target … <blob dirs>)',
      );
      return EXIT.ok;
    } finally {
      await emulator?.close();
    }
  },
});
