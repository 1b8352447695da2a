import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SUITE_ROOT } from '../reports/src/suite-root.ts';

// The suite's expectation must not share code with the emulator's rule engine (lib/rules): a bug there
// would move the expectation with the answer. Only the emulator and the generators' self-tests (which
// cross-check what a generated case says it breaks) may import it.
const SUITE_SIDE = ['specs', 'generators', 'lib', 'reports/src', 'cli'];

function sources(folder: string): string[] {
  return readdirSync(path.join(SUITE_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => path.join(folder, file))
    .filter((file) => !file.startsWith(`lib${path.sep}rules${path.sep}`));
}

test('nothing on the suite side imports the rule engine', () => {
  const importing = SUITE_SIDE.flatMap(sources).filter((file) =>
    /from '[^']*\/rules\/[^']*'/.test(readFileSync(path.join(SUITE_ROOT, file), 'utf8')),
  );
  expect(importing).toEqual([]);
});
