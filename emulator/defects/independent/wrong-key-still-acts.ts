import { AUTH_ERROR, type Answer } from '../../answers/answer.ts';
import type { Defect } from '../defect.ts';

export const wrongKeyStillActs: Defect = {
  name: 'independent-wrong-key-still-acts',
  description:
    'The api_key is checked in an after-filter that only replaces the answer: a call with the right api_user and a ' +
    'wrong key is answered "Permission denied" but its change (create, disable, delete...) is made.',
  breaks: ['api.auth.wrong-credentials'],
  install(parts) {
    // The emulator handles one call at a time up to its effect, so the verdict of this call's check is at hand.
    let keyWasWrong = false;
    const { authenticate, refuse } = parts;
    parts.authenticate = (store, apiUser, apiKey) => {
      const reseller = authenticate(store, apiUser, apiKey);
      keyWasWrong =
        reseller === undefined && apiUser !== undefined && apiKey !== undefined && store.resellers.has(apiUser);
      return reseller ?? (keyWasWrong ? store.resellers.get(apiUser as string) : undefined);
    };
    parts.refuse = (call, violations) => (keyWasWrong ? AUTH_ERROR : refuse(call, violations));
    for (const kind of Object.keys(parts.effects) as Array<keyof typeof parts.effects>) {
      const handler = parts.effects[kind];
      parts.effects[kind] = (call) => {
        const denied = keyWasWrong;
        const answer = handler(call);
        return denied ? AUTH_ERROR : (answer as Answer);
      };
    }
  },
};
