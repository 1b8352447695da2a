import type { Defect } from './defect.ts';

export const apiKeyNotChecked: Defect = {
  name: 'api-key-not-checked',
  description: 'a call with the right api_user and a wrong api_key is served: the key is only checked to be present.',
  breaks: ['api.auth.wrong-credentials'],
  install(parts) {
    parts.authenticate = (store, apiUser, apiKey) =>
      apiUser === undefined || apiKey === undefined ? undefined : store.resellers.get(apiUser);
  },
};
