import path from 'node:path';
import type { Account } from '../contracts/types.ts';
import { loadProfile } from './load-profile.ts';

export const DEFAULT_PROFILE = 'targets/emulator.json';
export const DEFAULT_RUNS = 10;
/** Start of every username the suite creates when the profile sets no runPrefix. */
export const DEFAULT_RUN_PREFIX = 'cf';

/** The suite's view of the target under test, after the environment's overrides. */
export interface ResolvedTarget {
  /** Profile name, for messages and report folders. */
  name: string;
  profilePath: string;
  baseUrl: string;
  apiUser: string;
  apiKey: string;
  /** false: tests that leave lasting customers behind are skipped. */
  destructive: boolean;
  account: Account;
  secondReseller?: { apiUser: string; apiKey: string; account?: Account };
  /** Valid credentials of an account that is not a reseller (api.auth.not-reseller). */
  nonResellerAccount?: { apiUser: string; apiKey: string };
  /** Every username the run creates starts with this: unique per run, because deleted names stay reserved. */
  namePrefix: string;
  /** The profile's runPrefix (or the default): namePrefix is this plus the run id; sweeps look for it. */
  runPrefix: string;
  /** The whole run's request budget (all workers together), from the profile's rateLimit. */
  requestsPerSecond?: number;
  seed: number;
  runId: string;
  /** Generated cases per property. */
  runs: number;
}

/**
 * Profile from CONFORMANCE_TARGET (default targets/emulator.json), overridden by
 * CONFORMANCE_BASE_URL / CONFORMANCE_API_USER / CONFORMANCE_API_KEY; seed and run id as decided in
 * playwright.config.ts; CONFORMANCE_RUNS cases per property.
 */
export function resolveTarget(env: NodeJS.ProcessEnv = process.env): ResolvedTarget {
  const profilePath = path.resolve(env.CONFORMANCE_TARGET ?? DEFAULT_PROFILE);
  const profile = loadProfile(profilePath, env);
  const runId = required(env, 'CONFORMANCE_RUN_ID');
  const runs = Number(env.CONFORMANCE_RUNS ?? DEFAULT_RUNS);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`CONFORMANCE_RUNS must be a positive integer, got "${env.CONFORMANCE_RUNS}"`);
  const seed = Number(required(env, 'CONFORMANCE_SEED'));
  if (!Number.isInteger(seed)) throw new Error(`CONFORMANCE_SEED must be an integer, got "${env.CONFORMANCE_SEED}"`);
  return {
    name: profile.name,
    profilePath,
    baseUrl: env.CONFORMANCE_BASE_URL ?? profile.baseUrl,
    apiUser: env.CONFORMANCE_API_USER ?? profile.credentials.apiUser,
    apiKey: env.CONFORMANCE_API_KEY ?? profile.credentials.apiKey,
    destructive: profile.destructive,
    account: profile.account,
    ...(profile.secondReseller ? { secondReseller: profile.secondReseller } : {}),
    ...(profile.nonResellerAccount ? { nonResellerAccount: profile.nonResellerAccount } : {}),
    namePrefix: `${profile.runPrefix ?? DEFAULT_RUN_PREFIX}${runId}`.toLowerCase(),
    runPrefix: profile.runPrefix ?? DEFAULT_RUN_PREFIX,
    ...(profile.rateLimit ? { requestsPerSecond: profile.rateLimit.requestsPerSecond } : {}),
    seed,
    runId,
    runs,
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '')
    throw new Error(`${name} is not set: playwright.config.ts decides it once per run`);
  return value;
}

/** One line for the start of a run: the target and the seed, never the key. */
export function describeTarget(target: ResolvedTarget): string {
  const nonDestructive = target.destructive ? '' : ', non-destructive';
  return (
    `conformance target "${target.name}" at ${target.baseUrl} as ${target.apiUser}; ` +
    `seed ${target.seed}, run ${target.runId}, ${target.runs} cases per property${nonDestructive}`
  );
}

/** The resellers the run acts as: the profile's, and the second one when configured. */
export function resellersOf(target: ResolvedTarget): Array<{ apiUser: string; apiKey: string }> {
  return [
    { apiUser: target.apiUser, apiKey: target.apiKey },
    ...(target.secondReseller ? [target.secondReseller] : []),
  ];
}
