import type { ResolvedTarget } from '../target/resolve-target.ts';

export const ALLOW_PRODUCTION_WRITES = 'CONFORMANCE_ALLOW_PRODUCTION_WRITES';
const CONSENT = 'yes-i-know';

/** True for the real service: any host on sendgrid.com. */
export function isProductionHost(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname.toLowerCase().replace(/\.$/, '');
  return host === 'sendgrid.com' || host.endsWith('.sendgrid.com');
}

/**
 * Refuses a destructive run against the real service unless the operator said yes-i-know;
 * returns the loud warning to print when they did.
 */
export function productionGuard(target: ResolvedTarget, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!target.destructive || !isProductionHost(target.baseUrl)) return undefined;
  if (env[ALLOW_PRODUCTION_WRITES] !== CONSENT) {
    throw new Error(
      `refusing to run: ${target.baseUrl} is the production SendGrid service ` +
        `and profile "${target.name}" is destructive (it creates and deletes customers). ` +
        'Set "destructive": false in the profile, ' +
        `or ${ALLOW_PRODUCTION_WRITES}=${CONSENT} if writing to this account is intended.`,
    );
  }
  return (
    `!!! WARNING: destructive conformance run against PRODUCTION (${target.baseUrl}) as ${target.apiUser}: ` +
    `customers will be created and deleted (${ALLOW_PRODUCTION_WRITES}=${CONSENT}).`
  );
}
