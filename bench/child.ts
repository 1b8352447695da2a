import { spawn } from 'node:child_process';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/** Runs a command to completion without blocking this process's event loop (the emulator lives in it). */
export function runChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  echo = false,
): Promise<Finished> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, elapsedMs: performance.now() - started }));
  });
}

/** A TypeScript file of bench/ in its own Node process. */
export function runScript(file: string, args: string[], nodeFlags: string[] = []): Promise<Finished> {
  return runChild(process.execPath, [...nodeFlags, '--import', 'tsx', file, ...args]);
}
