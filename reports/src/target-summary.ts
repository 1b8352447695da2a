import path from 'node:path';
import { loadProfile } from '../../lib/target/load-profile.ts';
import { DEFAULT_PROFILE } from '../../lib/target/resolve-target.ts';
import { SUITE_ROOT } from './suite-root.ts';

/** What the reports may say about a target, and the secrets they must never contain. */
export interface TargetSummary {
  name: string;
  baseUrl: string;
  /** Absolute path of the target's known-deviations file, if the profile names one. */
  expectationsFile?: string;
  secrets: string[];
}

const SECRET_KEY = /^(api_?key|apiKey|password|secret|token)$/i;

function secretsIn(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) value.forEach((item) => secretsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && SECRET_KEY.test(key) && item !== '') found.add(item);
      else secretsIn(item, found);
    }
  }
}

export function targetSummary(env: NodeJS.ProcessEnv = process.env): TargetSummary {
  const profilePath = env.CONFORMANCE_TARGET
    ? path.resolve(env.CONFORMANCE_TARGET)
    : path.join(SUITE_ROOT, DEFAULT_PROFILE);
  const profile = loadProfile(profilePath, env);
  const secrets = new Set<string>();
  secretsIn(profile, secrets);
  if (env.CONFORMANCE_API_KEY) secrets.add(env.CONFORMANCE_API_KEY);
  return {
    name: profile.name,
    baseUrl: env.CONFORMANCE_BASE_URL ?? profile.baseUrl,
    expectationsFile: profile.expectations ? path.resolve(path.dirname(profilePath), profile.expectations) : undefined,
    secrets: [...secrets],
  };
}
