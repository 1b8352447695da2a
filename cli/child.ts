import { spawn } from 'node:child_process';
import { PACKAGE_ROOT, TSX_LOADER } from './package-root.ts';

/**
 * Runs a TypeScript entry point of the package (or Playwright's CLI) in a child Node with tsx's
 * loader, in the user's folder, its output on ours; resolves to its exit code. Ctrl-C reaches the
 * child through the terminal (a second one from us would make Playwright skip its teardown), so we
 * only wait; SIGTERM is passed on.
 */
export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, script, ...args], {
      cwd: process.cwd(),
      env,
      stdio: 'inherit',
    });
    const onInterrupt = () => {};
    const onTerminate = () => child.kill('SIGTERM');
    process.on('SIGINT', onInterrupt);
    process.on('SIGTERM', onTerminate);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onTerminate);
      resolve(code ?? 128 + (signal === 'SIGTERM' ? 15 : 2));
    });
  });
}

export const packageFile = (relative: string): string => `${PACKAGE_ROOT}${relative}`;
