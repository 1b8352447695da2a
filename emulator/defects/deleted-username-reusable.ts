import type { Defect } from './defect.ts';

export const deletedUsernameReusable: Defect = {
  name: 'deleted-username-reusable',
  description: "a deleted customer's username can be registered again: delete releases the name.",
  breaks: ['delete.effect.username-reserved'],
  install(parts) {
    const remove = parts.effects.deletes;
    parts.effects.deletes = (call) => {
      const username = call.values.get('user')?.[0];
      if (username === undefined || !call.reseller.customers.has(username)) return remove(call);
      // Renaming releases the old name; the placeholder name is then removed.
      const placeholder = `${username}.released`;
      call.store.rename(call.reseller, username, placeholder);
      return remove({ ...call, values: new Map([...call.values, ['user', [placeholder]]]) });
    };
  },
};
