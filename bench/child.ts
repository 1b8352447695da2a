import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  /** CPU time of the command's processes (childrenCpuMs), where measurable. */
  cpuMs?: number;
}

/** Runs a command to completion without blocking this process's event loop (the emulator lives in it). */
export function runChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  echo = false,
): Promise<Finished> {
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
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
    child.on('close', (code) => {
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
      resolve({
        code,
        stdout,
        stderr,
        elapsedMs: performance.now() - started,
        ...(cpuMs !== undefined ? { cpuMs } : {}),
      });
    });
  });
}

/**
 * CPU time (user + system) of every finished child process and its reaped descendants (Linux: cutime and cstime
 * of /proc/self/stat, in clock ticks of 10 ms); undefined where there is no /proc.
 */
export function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ').pop()!.split(' ');
    // After "pid (comm) ", field 3 is index 0: cutime is field 16, cstime 17.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** A TypeScript file of bench/ in its own Node process. */
export function runScript(file: string, args: string[], nodeFlags: string[] = []): Promise<Finished> {
  return runChild(process.execPath, [...nodeFlags, '--import', 'tsx', file, ...args]);
}
