import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUITE_ROOT } from './suite-root.ts';

export function suiteIdentity(): { name: string; version: string; commit?: string } {
  const pkg = JSON.parse(readFileSync(path.join(SUITE_ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  let commit: string | undefined;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: SUITE_ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // not a git checkout (a tarball, a container without git): the certificate says so by omitting it
  }
  return { name: pkg.name, version: pkg.version, commit: commit || undefined };
}
