import type { Defect } from './defect.ts';

export const apiKeyOfAnyReseller: Defect = {
  name: 'api-key-of-any-reseller',
  description:
    "the api_key is checked against every reseller's keys, not the api_user's own: a reseller's name with " +
    "another reseller's key acts as that name.",
  breaks: ['api.auth.key-bound-to-user'],
  install(parts) {
    parts.authenticate = (store, apiUser, apiKey) => {
      const keys = [...store.resellers.values()].map((reseller) => reseller.apiKey);
      return apiUser !== undefined && apiKey !== undefined && keys.includes(apiKey)
        ? store.resellers.get(apiUser)
        : undefined;
    };
  },
};
