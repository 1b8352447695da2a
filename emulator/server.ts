import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { loadOperations } from '../lib/contracts/load.ts';
import { loadProfile, type Profile } from '../lib/target/load-profile.ts';
import { adminHandler, type SwitchSettings } from './admin/admin-api.ts';
import { defectsNamed } from './defects/catalogue.ts';
import { Emulator } from './emulator.ts';
import { requestHandler } from './http/request-handler.ts';
import { standardParts, type EmulatorParts } from './parts.ts';
import { readingsNamed } from './readings/catalogue.ts';
import { nonResellerAccounts, resellerAccounts } from './resellers.ts';
import { CustomerStore, DEFAULT_LIMITS, type StoreLimits } from './state/customer-store.ts';
import { snapshotOf } from './state/snapshot.ts';
import { StateFile } from './state/state-file.ts';

export const DEFAULT_PROFILE_PATH = 'targets/emulator.json';
export const DEFAULT_MAX_CONNECTIONS = 256;

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
  /** Serve the admin API under /_emulator/. */
  admin?: boolean;
  /** Keep the customers in this file across restarts. */
  stateFile?: string;
  /** Override the profile's emulator.limits. */
  limits?: Partial<Limits>;
}

export interface Limits extends StoreLimits {
  /** Open connections at once; a request on one more is answered 429 and its connection closed. */
  connections: number;
}

export interface RunningEmulator {
  url: string;
  close(): Promise<void>;
}

/**
 * Everything that can be switched at run time, by kind: the names each kind accepts are checked when the parts are
 * built.
 */
export interface Switches {
  defects: string[];
  readings: string[];
}

/**
 * The emulator's parts from its contracts, with the named switches installed (readings first: a defect breaks whatever
 * reading is on).
 */
export function buildParts(switches: Switches): EmulatorParts {
  const parts = standardParts(loadOperations());
  for (const reading of readingsNamed(switches.readings)) reading.install(parts);
  for (const defect of defectsNamed(switches.defects)) defect.install(parts);
  return parts;
}

/** The emulator as configured by the profile, with its contracts, accounts and any named readings and defects. */
export function buildEmulator(
  profile: Profile,
  switches: Partial<Switches> = {},
  limits: StoreLimits = limitsOf(profile),
): Emulator {
  const parts = buildParts({ defects: [...(switches.defects ?? [])], readings: [...(switches.readings ?? [])] });
  return new Emulator(parts, new CustomerStore(resellerAccounts(profile), nonResellerAccounts(profile), limits));
}

export function limitsOf(profile: Profile, overrides: Partial<Limits> = {}): Limits {
  return { ...DEFAULT_LIMITS, connections: DEFAULT_MAX_CONNECTIONS, ...profile.emulator?.limits, ...overrides };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const profile = options.profile ?? loadProfile(options.profilePath ?? DEFAULT_PROFILE_PATH);
  const limits = limitsOf(profile, options.limits);
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`limit ${name} must be a positive integer, got ${value}`);
  }
  let switches: Switches = { defects: [...(options.defects ?? [])], readings: [...(options.readings ?? [])] };
  const emulator = buildEmulator(profile, switches, limits);
  const stateFile =
    options.stateFile === undefined ? undefined : new StateFile(options.stateFile, () => snapshotOf(emulator.store));
  if (stateFile) {
    emulator.store = stateFile.load(emulator.store);
    emulator.onChange = () => stateFile.changed();
  }
  const admin = options.admin
    ? adminHandler({
        emulator,
        switches: () => ({ ...switches }),
        switchTo: (changes: SwitchSettings) => {
          const unknown = Object.keys(changes).filter((kind) => !(kind in switches));
          if (unknown.length > 0)
            throw new Error(`unknown switch kind "${unknown[0]}"; known: ${Object.keys(switches).join(', ')}`);
          const next = { ...switches, ...changes };
          emulator.reconfigure(buildParts(next));
          switches = next;
        },
      })
    : undefined;

  const overLimit = new WeakSet<Socket>();
  let open = 0;
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? Number(new URL(profile.baseUrl).port || 80);
  const server = createServer(
    { keepAlive: true, requestTimeout: 30_000, headersTimeout: 10_000 },
    requestHandler(emulator, {
      ...(admin ? { admin } : {}),
      overCapacity: (request: IncomingMessage) => overLimit.has(request.socket),
    }),
  );
  server.keepAliveTimeout = 5_000;
  server.on('connection', (socket: Socket) => {
    open += 1;
    if (open > limits.connections) overLimit.add(socket);
    socket.once('close', () => {
      open -= 1;
    });
  });
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
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await stateFile?.flush();
    },
  };
}
