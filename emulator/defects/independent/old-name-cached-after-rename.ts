import type { Defect } from '../defect.ts';
import type { Reseller } from '../../state/reseller.ts';
import { effectOf, subjectOf, withValues } from './support.ts';

/** How long a renamed customer's old name keeps resolving (a lookup cache's time to live). */
export const OLD_NAME_TTL_MS = 5_000;

export const oldNameCachedAfterRename: Defect = {
  name: 'independent-old-name-cached-after-rename',
  description:
    'A username lookup cache keeps the old name of a renamed customer for 5 s: manage calls naming the old name ' +
    'still reach the customer, although the change "takes effect immediately".',
  breaks: ['update_username.effect.old-name-unknown'],
  install(parts) {
    const cache = new WeakMap<Reseller, Map<string, { current: string; until: number }>>();
    const resolve = (reseller: Reseller, username: string): string | undefined => {
      const entry = cache.get(reseller)?.get(username);
      return entry &&
        entry.until > Date.now() &&
        reseller.customers.has(entry.current) &&
        !reseller.customers.has(username)
        ? entry.current
        : undefined;
    };
    const ruleContext = parts.ruleContext;
    parts.ruleContext = (store, reseller, today) => {
      const context = ruleContext(store, reseller, today);
      return {
        ...context,
        isRegisteredCustomer: (username) =>
          context.isRegisteredCustomer(username) || resolve(reseller, username) !== undefined,
      };
    };
    for (const operation of parts.operations) {
      if (!operation.parameters.some((parameter) => parameter.role === 'subject')) continue;
      effectOf(parts, operation.id, (call, clean) => {
        const named = subjectOf(call);
        const current = named === undefined ? undefined : resolve(call.reseller, named);
        const subject = call.prepared.subject;
        const key = subject && [subject.name, ...(subject.aliases ?? [])].find((name) => call.values.has(name));
        const resolved =
          current !== undefined && key !== undefined
            ? { ...call, values: withValues(call.values, key, [current]) }
            : call;
        const renamedTo = operation.id === 'update_username' ? resolved.values.get('username')?.[0] : undefined;
        const from = subjectOf(resolved);
        const answer = clean(resolved);
        if (renamedTo && from !== undefined && call.reseller.customers.has(renamedTo)) {
          const names = cache.get(call.reseller) ?? new Map<string, { current: string; until: number }>();
          names.set(from, { current: renamedTo, until: Date.now() + OLD_NAME_TTL_MS });
          for (const entry of names.values()) if (entry.current === from) entry.current = renamedTo;
          cache.set(call.reseller, names);
        }
        return answer;
      });
    }
  },
};
