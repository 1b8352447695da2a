import type { Defect } from '../defect.ts';

export const apiKeyPrefixCompare: Defect = {
  name: 'independent-api-key-prefix-compare',
  description:
    "The api_key is compared over the stored key's length only (strncmp): the right key followed by anything else is " +
    'accepted.',
  breaks: ['api.auth.wrong-credentials'],
  install(parts) {
    parts.authenticate = (store, apiUser, apiKey) => {
      if (apiUser === undefined || apiKey === undefined) return undefined;
      const reseller = store.resellers.get(apiUser);
      return reseller !== undefined && apiKey.startsWith(reseller.apiKey) ? reseller : undefined;
    };
  },
};
