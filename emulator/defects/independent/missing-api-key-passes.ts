import type { Defect } from '../defect.ts';

export const missingApiKeyPasses: Defect = {
  name: 'independent-missing-api-key-passes',
  description:
    'The key check is "if a key was sent and differs, refuse", and no parameter check asks for the key: a call with ' +
    'api_user alone (no api_key, or an empty one) is served as that reseller.',
  breaks: ['api.auth.required'],
  install(parts) {
    for (const operation of parts.operations) {
      for (const parameter of operation.parameters) if (parameter.name === 'api_key') parameter.presence = 'optional';
    }
    parts.authenticate = (store, apiUser, apiKey) => {
      if (apiUser === undefined) return undefined;
      const reseller = store.resellers.get(apiUser);
      if (!reseller) return undefined;
      return apiKey && apiKey !== reseller.apiKey ? undefined : reseller;
    };
  },
};
