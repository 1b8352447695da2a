import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajv2020Class } from '../contracts/ajv.ts';
import { cachedValidator } from '../contracts/cached-validator.ts';

export interface AccountItems {
  packages: string[];
  ipGroups: string[];
  ips: string[];
  whitelabels: string[];
}

export interface ResellerCredentials {
  apiUser: string;
  apiKey: string;
}

export interface Profile {
  name: string;
  description?: string;
  baseUrl: string;
  destructive: boolean;
  credentials: ResellerCredentials;
  account: AccountItems;
  secondReseller?: ResellerCredentials & { account?: AccountItems };
  /** Valid credentials of an account without the reseller right. */
  nonResellerAccount?: ResellerCredentials;
  rateLimit?: { requestsPerSecond: number };
  expectations?: string;
  runPrefix?: string;
  /** Extra reseller accounts and resource limits only the emulator uses. */
  emulator?: {
    resellers?: Array<ResellerCredentials & { account: AccountItems }>;
    limits?: { customersPerReseller?: number; usernames?: number; connections?: number };
  };
}

const SCHEMA_PATH = new URL('../../targets/profile.schema.json', import.meta.url);
let validateProfile: ValidateFunction | undefined;

/** Reads a target profile, expands `${NAME}` / `${NAME:-default}` from `env`, and validates it. */
export function loadProfile(path: string, env: NodeJS.ProcessEnv = process.env): Profile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Target profile ${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  const expanded = expand(raw, env, path, '');
  validateProfile ??= cachedValidator(
    JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')),
    'profile',
    () => new (ajv2020Class())({ allErrors: true, code: { source: true } }),
  );
  if (!validateProfile(expanded)) {
    const problems = (validateProfile.errors ?? []).map(describeError).join('; ');
    throw new Error(`Target profile ${path} is not valid: ${problems}`);
  }
  return expanded as Profile;
}

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

function expand(value: unknown, env: NodeJS.ProcessEnv, file: string, at: string): unknown {
  if (typeof value === 'string') {
    return value.replace(REFERENCE, (_match, name: string, fallback: string | undefined) => {
      const found = env[name];
      if (found !== undefined && found !== '') return found;
      if (fallback !== undefined) return fallback;
      throw new Error(
        `Target profile ${file}: key "${keyName(at)}" uses \${${name}}, but ${name} is not set and has no default`,
      );
    });
  }
  if (Array.isArray(value)) return value.map((item, index) => expand(item, env, file, `${at}/${index}`));
  if (value !== null && typeof value === 'object') {
    // "$schema" and "$comment" are for editors and people: a ${NAME} in a note is not a setting.
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key.startsWith('$') ? item : expand(item, env, file, `${at}/${key}`),
      ]),
    );
  }
  return value;
}

function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperty' || params.additionalProperty !== undefined) {
    return `unknown key "${keyName(`${error.instancePath}/${String(params.additionalProperty)}`)}"`;
  }
  if (params.missingProperty !== undefined) {
    return `missing key "${keyName(`${error.instancePath}/${String(params.missingProperty)}`)}"`;
  }
  return `key "${keyName(error.instancePath)}" ${error.message ?? 'is not valid'}`;
}

/** `/credentials/apiKey` -> `credentials.apiKey`. */
function keyName(instancePath: string): string {
  const dotted = instancePath.split('/').filter(Boolean).join('.');
  return dotted === '' ? '(the whole file)' : dotted;
}
