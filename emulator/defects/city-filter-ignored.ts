import type { Defect } from './defect.ts';

export const cityFilterIgnored: Defect = {
  name: 'city-filter-ignored',
  description: 'retrieve ignores the city filter and lists every customer.',
  breaks: ['retrieve.city.filter'],
  install(parts) {
    const retrieve = parts.operations.find((operation) => operation.id === 'retrieve');
    if (retrieve) retrieve.parameters = retrieve.parameters.filter((parameter) => parameter.name !== 'city');
  },
};
