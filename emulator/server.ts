import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOperations } from '../lib/contracts/load.ts';
import { loadProfile, type Profile } from '../lib/target/load-profile.ts';
import { defectsNamed } from './defects/catalogue.ts';
import { Emulator } from './emulator.ts';
import { requestHandler } from './http/request-handler.ts';
import { standardParts } from './parts.ts';
import { readingsNamed } from './readings/catalogue.ts';
import { resellerAccounts } from './resellers.ts';

export const DEFAULT_PROFILE_PATH = 'targets/emulator.json';

export interface EmulatorOptions {
  profilePath?: string;
  profile?: Profile;
  /** 0: a free port. Default: the port of the profile's baseUrl. */
  port?: number;
  host?: string;
  /** Names from emulator/defects/catalogue.ts. */
  defects?: string[];
  /** Names from emulator/readings/catalogue.ts, or `liberal`. */
  readings?: string[];
}

export interface RunningEmulator {
  url: string;
  close(): Promise<void>;
}

/** The emulator as configured by the profile, with its contracts, accounts and any named readings and defects. */
export function buildEmulator(profile: Profile, defects: readonly string[] = [], readings: readonly string[] = []): Emulator {
  const parts = standardParts(loadOperations());
  for (const reading of readingsNamed(readings)) reading.install(parts);
  for (const defect of defectsNamed(defects)) defect.install(parts);
  return new Emulator(parts, resellerAccounts(profile));
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const profile = options.profile ?? loadProfile(options.profilePath ?? DEFAULT_PROFILE_PATH);
  const emulator = buildEmulator(profile, options.defects, options.readings);
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? Number(new URL(profile.baseUrl).port || 80);
  const server = createServer({ keepAlive: true, requestTimeout: 30_000, headersTimeout: 10_000 }, requestHandler(emulator));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
