import type { Call } from '../effects/call.ts';
import { sentValue } from '../effects/values.ts';
import type { Reading } from './reading.ts';

const WEBSITE = 'website';
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function withScheme(value: string): string {
  return value === '' || HAS_SCHEME.test(value) ? value : `http://${value}`;
}

/** The customer a create or update acted on. */
function actedOn(call: Call) {
  const username = sentValue(call.prepared.subject, call.values) ?? call.values.get('username')?.[0];
  return username === undefined ? undefined : call.reseller.customers.get(username);
}

export const websiteSchemeAdded: Reading = {
  name: 'website-scheme-added',
  description:
    'a website sent without a scheme is stored and listed with "http://" added (example.com is listed as ' +
    'http://example.com, as the real service did); the website filter finds it by the value sent.',
  allows: ['create.effect.listed', 'update_profile.effect.fields-changed', 'retrieve.website.filter'],
  install(parts) {
    for (const kind of ['creates', 'updates'] as const) {
      const effect = parts.effects[kind];
      parts.effects[kind] = (call) => {
        const answer = effect(call);
        const customer = actedOn(call);
        const website = customer?.fields.get(WEBSITE);
        if (customer && website !== undefined) customer.fields.set(WEBSITE, withScheme(website));
        return answer;
      };
    }
    const list = parts.effects.none;
    parts.effects.none = (call) => {
      const wanted = call.values.get(WEBSITE);
      return list(wanted ? { ...call, values: new Map(call.values).set(WEBSITE, wanted.map(withScheme)) } : call);
    };
  },
};
