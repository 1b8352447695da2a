import type { Reading } from './reading.ts';

export const success2xxStatuses: Reading = {
  name: 'success-2xx-statuses',
  description:
    'successes come with other 2xx statuses than 200: {"message":"success"} with 201 Created, a customer list with 203.',
  allows: ['api.status.success-2xx'],
  install(parts) {
    const frame = parts.frame;
    parts.frame = (answer, format) => {
      const framed = frame(answer, format);
      if (answer.kind === 'success') return { ...framed, status: 201 };
      if (answer.kind === 'customer-list') return { ...framed, status: 203 };
      return framed;
    };
  },
};
