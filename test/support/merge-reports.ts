import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SUITE_ROOT } from '../../reports/src/suite-root.ts';

const PLAYWRIGHT_CLI = path.join(SUITE_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');

/**
 * A merge config: the project's config with every reporter writing into `dir` and the certificate judged
 * against `register` (the requirements the selected tests name, so a few tests can make a whole verdict).
 */
export function mergeConfig(dir: string, register?: string): string {
  // .mts: an ES module wherever the temporary folder is (the suite's own modules are ES modules).
  const file = path.join(dir, `merge-${register ? 'selected' : 'full'}.config.mts`);
  const root = JSON.stringify(SUITE_ROOT);
  writeFileSync(
    file,
    `import path from 'node:path';
import base from ${JSON.stringify(path.join(SUITE_ROOT, 'playwright.config.ts'))};
const out = (name: string) => path.join(${JSON.stringify(dir)}, name);
const options: Record<string, Record<string, string>> = {
  junit: { outputFile: out('junit.xml') },
  html: { open: 'never', outputFolder: out('html') },
  'allure-reporter.ts': { resultsDir: out('allure') },
  'certificate-reporter.ts': ${register ? `{ requirements: ${JSON.stringify(register)} }` : '{}'},
};
// Merging runs no test: no set-up, no server;
// paths that the project's config gives relative to itself are made absolute.
export default {
  ...base,
  globalSetup: undefined,
  globalTeardown: undefined,
  webServer: undefined,
  testDir: ${root},
  projects: base.projects!.map((project) => ({ ...project, testDir: path.resolve(${root}, project.testDir ?? '.') })),
  reporter: (base.reporter as Array<[string, object?]>).map(([name, given]) => [
    name.startsWith('.') ? path.resolve(${root}, name) : name,
    { ...given, ...options[path.basename(name)] },
  ]),
};
`,
  );
  return file;
}

/** `playwright merge-reports --config <config> <blobs>` in a child process, with these variables added. */
export function mergeReports(
  config: string,
  blobs: string,
  variables: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...variables };
  for (const name of ['CONFORMANCE_TARGET', 'TEST_WORKER_INDEX', 'TEST_PARALLEL_INDEX']) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'merge-reports', '--config', config, blobs], {
      cwd: SUITE_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
