import type { Defect } from './defect.ts';

export const companyFilterCrashes: Defect = {
  name: 'company-filter-crashes',
  description:
    'retrieve with the company filter answers HTTP 500: the query filters on a column the list table does not have.',
  breaks: ['api.status.no-5xx', 'retrieve.company.filter'],
  install(parts) {
    const list = parts.effects.none;
    parts.effects.none = (call) => {
      if (call.values.get('company')?.[0]) throw new Error('Unknown column "company" in where clause');
      return list(call);
    };
  },
};
