import { errorList } from '../../answers/answer.ts';
import type { Defect } from '../defect.ts';
import { effectOf, subjectCustomer } from './support.ts';

export const secondDisableRefused: Defect = {
  name: 'independent-second-disable-refused',
  description:
    'disable of a customer who is already disabled answers an error ("User is already disabled") instead of ' +
    'succeeding again.',
  breaks: ['disable.effect.idempotent'],
  install(parts) {
    effectOf(parts, 'disable', (call, clean) =>
      subjectCustomer(call)?.fields.get('active') === 'false' ? errorList(['User is already disabled']) : clean(call),
    );
  },
};
