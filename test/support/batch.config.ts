import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { newRunId } from '../../lib/safety/run-id.ts';
import { SUITE_ROOT } from '../../reports/src/suite-root.ts';
import type { TargetOptions } from '../../specs/fixtures/target.ts';
import type { BatchPlan } from './batch-plan.ts';

// The conformance suite against many emulators in one Playwright run: a project per emulator (a defect, a
// reading, the clean one), so the runner starts once and the test files load once (run-conformance-batch.ts).
process.env.CONFORMANCE_SEED ??= String(Math.floor(Math.random() * 2 ** 31));
process.env.CONFORMANCE_RUN_ID ??= newRunId();

const planFile = process.env.CONFORMANCE_BATCH_PLAN;
if (!planFile) throw new Error('CONFORMANCE_BATCH_PLAN is not set: run batches through runConformanceBatch');
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as BatchPlan;

export default defineConfig<TargetOptions>({
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: plan.workers,
  outputDir: plan.outputDir,
  // The kept-worker reporter first: a failure keeps its worker (lib/reporting/kept-worker.ts).
  reporter: [
    [path.join(SUITE_ROOT, 'reports/src/kept-worker-reporter.ts')],
    [path.join(import.meta.dirname, 'batch-reporter.ts')],
  ],
  projects: plan.projects.map((project) => ({
    name: project.name,
    testDir: path.join(SUITE_ROOT, 'specs'),
    testMatch: '**/*.spec.ts',
    ...(project.grep !== undefined ? { grep: new RegExp(project.grep) } : {}),
    ...(project.workers !== undefined ? { workers: project.workers } : {}),
    use: {
      targetBaseUrl: project.baseUrl,
      ...(project.stopAfterFailure ? { stopProjectAfterFailure: path.join(plan.outputDir, 'failed-projects') } : {}),
    },
  })),
});
