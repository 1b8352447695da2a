import type { Defect } from './defect.ts';

export const nonResellerServed: Defect = {
  name: 'non-reseller-served',
  description:
    "an account without the reseller right is served as the profile's reseller: the permission is never checked, " +
    'only the credentials.',
  breaks: ['api.auth.not-reseller'],
  install(parts) {
    const authenticate = parts.authenticate;
    parts.authenticate = (store, apiUser, apiKey) =>
      authenticate(store, apiUser, apiKey) ??
      (store.isNonReseller(apiUser, apiKey) ? store.resellers.values().next().value : undefined);
  },
};
