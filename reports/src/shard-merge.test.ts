import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadRequirements } from '../../lib/contracts/load.ts';
import { newRunId } from '../../lib/safety/run-id.ts';
import { mergeConfig, mergeReports } from '../../test/support/merge-reports.ts';
import { runConformance } from '../../test/support/run-conformance.ts';
import type { Certificate } from './certificate-types.ts';

const GREP = 'create\\.username\\.(max-length|required)';
const SEED = '4711';

test('two green shards merge into one certificate and exit 0; a merged non-conformant verdict exits 1', async () => {
  test.setTimeout(600_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'shard-merge-'));
  try {
    const runId = newRunId();
    const blobs = path.join(dir, 'blobs');
    const shards = [];
    // One after the other: each shard runs one worker; together they stay within the machine's cores.
    // The blob reporter empties its directory first: each shard writes its own, then both are put together.
    mkdirSync(blobs);
    for (const index of [1, 2]) {
      const blobDir = path.join(dir, `blob-${index}`);
      shards.push(
        await runConformance({
          grep: GREP,
          shard: `${index}/2`,
          blobDir,
          runId,
          seed: Number(SEED),
          runs: 2,
          workers: 1,
        }),
      );
      for (const file of readdirSync(blobDir)) copyFileSync(path.join(blobDir, file), path.join(blobs, file));
    }
    const outcomes = shards.flatMap((run) => run.outcomes);
    expect(
      shards.map((run) => run.outcomes.length).every((count) => count > 0),
      'each shard ran tests',
    ).toBe(true);
    expect(outcomes.filter((outcome) => outcome.status !== 'passed')).toEqual([]);
    expect(readdirSync(blobs)).toHaveLength(2);

    const named = new Set(
      outcomes.flatMap((outcome) =>
        outcome.annotations.filter((a) => a.type === 'requirement').map((a) => a.description!),
      ),
    );
    const register = path.join(dir, 'register.json');
    writeFileSync(
      register,
      JSON.stringify({
        requirements: [...loadRequirements().values()].filter((requirement) => named.has(requirement.id)),
      }),
    );

    const reportDir = path.join(dir, 'certificate');
    const merged = await mergeReports(mergeConfig(dir, register), blobs, {
      CONFORMANCE_SEED: SEED,
      CONFORMANCE_RUN_ID: runId,
      CONFORMANCE_REPORT_DIR: reportDir,
    });
    expect(merged.code, merged.output).toBe(0);
    const certificate = JSON.parse(readFileSync(path.join(reportDir, 'certificate.json'), 'utf8')) as Certificate;
    expect(certificate.verdict).toBe('conformant');
    expect(certificate.requirements.map((requirement) => requirement.id).sort()).toEqual([...named].sort());
    // Every test of both shards stands behind the merged certificate.
    expect(new Set(certificate.requirements.flatMap((requirement) => requirement.tests.map((t) => t.title))).size).toBe(
      outcomes.length,
    );

    // Judged against the whole register, the same shards leave requirements not run: non-conformant, exit 1, as a
    // single run.
    const whole = await mergeReports(mergeConfig(dir), blobs, {
      CONFORMANCE_SEED: SEED,
      CONFORMANCE_RUN_ID: runId,
      CONFORMANCE_REPORT_DIR: path.join(dir, 'certificate-full'),
    });
    expect(whole.output).toContain('Conformance verdict for emulator: non-conformant');
    expect(whole.code, whole.output).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
