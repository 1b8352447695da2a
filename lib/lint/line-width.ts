// `npm run lint:format`, second half: no line of code over Prettier's printWidth. Prettier keeps long
// strings, comments and template literals as they are; this check does not.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root (lib/lint/ is two levels down). */
const SUITE_ROOT = path.resolve(import.meta.dirname, '../..');

const { printWidth } = JSON.parse(readFileSync(path.join(SUITE_ROOT, '.prettierrc.json'), 'utf8')) as {
  printWidth: number;
};
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.mjs'], {
  cwd: SUITE_ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file !== '' && existsSync(path.join(SUITE_ROOT, file)));
const over = files.flatMap((file) =>
  readFileSync(path.join(SUITE_ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => ([...line].length > printWidth ? [`${file}:${index + 1}: ${[...line].length}`] : [])),
);
for (const line of over) console.error(line);
console.log(`${files.length} files, ${over.length} line(s) over ${printWidth} characters`);
process.exitCode = over.length > 0 ? 1 : 0;
