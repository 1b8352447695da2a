import path from 'node:path';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/server.ts';

/**
 * An emulator on a free port whose first reseller's api_key is `apiKey`: the profile reads it from
 * EMULATOR_API_KEY_ONE, which is set only while the profile loads.
 */
export async function startEmulatorWithKey(
  apiKey: string,
  switches: Pick<EmulatorOptions, 'defects' | 'readings'>,
): Promise<RunningEmulator> {
  const saved = process.env.EMULATOR_API_KEY_ONE;
  process.env.EMULATOR_API_KEY_ONE = apiKey;
  try {
    return await startEmulator({ profilePath: path.resolve('targets/emulator.json'), port: 0, ...switches });
  } finally {
    if (saved === undefined) delete process.env.EMULATOR_API_KEY_ONE;
    else process.env.EMULATOR_API_KEY_ONE = saved;
  }
}
