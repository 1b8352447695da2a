// `npm run report`: builds the Allure HTML report from allure-results/ with the allure npm package
// (no Java) and opens it, or only prints where it is under CI. The reference its requirement links
// point to (reports/docs/reference.html) is rendered first.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { writeReference } from './docs.ts';
import { outputRoot } from './output-root.ts';
import { SUITE_ROOT } from './suite-root.ts';

const results = path.join(outputRoot(), 'allure-results');
const output = path.join(SUITE_ROOT, 'allure-report');
const allure = path.join(SUITE_ROOT, 'node_modules/allure/cli.js');

const run = (args: string[]): void => {
  const child = spawnSync(process.execPath, [allure, ...args], { cwd: SUITE_ROOT, stdio: 'inherit' });
  if (child.status !== 0) process.exit(child.status ?? 1);
};

writeReference(path.join(SUITE_ROOT, 'reports/docs'));
run(['generate', results, '--output', output, '--name', 'SendGrid Reseller API conformance']);
console.log(`Allure report: ${path.join(output, 'index.html')}`);
if (!process.env.CI) run(['open', output]);
