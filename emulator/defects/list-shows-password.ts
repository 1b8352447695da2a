import { sentValue } from '../effects/values.ts';
import type { EffectHandler } from '../effects/call.ts';
import type { Defect } from './defect.ts';

const PASSWORD_COLUMN = 'password';

export const listShowsPassword: Defect = {
  name: 'list-shows-password',
  description:
    'create and update_password also keep the password in clear, and retrieve lists every stored column, the ' +
    'password included.',
  breaks: ['retrieve.answer.no-password'],
  install(parts) {
    const keepClear =
      (write: EffectHandler): EffectHandler =>
      (call) => {
        const answer = write(call);
        const password = sentValue(call.prepared.password, call.values);
        const username = sentValue(
          call.prepared.subject ?? call.prepared.values.find((parameter) => parameter.name === 'username'),
          call.values,
        );
        if (password !== undefined) call.reseller.customers.get(username ?? '')?.fields.set(PASSWORD_COLUMN, password);
        return answer;
      };
    parts.effects.creates = keepClear(parts.effects.creates);
    parts.effects['not-observable'] = keepClear(parts.effects['not-observable']);
    const list = parts.effects.none;
    parts.effects.none = (call) => list({ ...call, listFields: [...call.listFields, PASSWORD_COLUMN] });
  },
};
