import type { Defect } from '../defect.ts';

export const apiKeyOfAnyReseller: Defect = {
  name: 'independent-api-key-of-any-reseller',
  description:
    "Credentials are checked as two lookups (the api_user exists; the api_key is someone's key): another reseller's " +
    "valid key is accepted with this reseller's api_user, on every operation.",
  // The register's sharper ID (added with the crossed-credentials test) named beside the one first written.
  breaks: ['api.auth.wrong-credentials', 'api.auth.key-bound-to-user'],
  install(parts) {
    parts.authenticate = (store, apiUser, apiKey) => {
      if (apiUser === undefined || apiKey === undefined) return undefined;
      const keyIsKnown = [...store.resellers.values()].some((reseller) => reseller.apiKey === apiKey);
      return keyIsKnown ? store.resellers.get(apiUser) : undefined;
    };
  },
};
