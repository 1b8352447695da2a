import type { Defect } from './defect.ts';

// Removed from retrieve in 2014 (apiv2-facts.md); sent anyway, they are ignored like any unknown parameter.
const REMOVED_FILTERS = ['active', 'company'];

export const laterServiceFiltersRemoved: Defect = {
  name: 'later-service-filters-removed',
  description:
    'as the later real service: retrieve has no active and company filters any more; sent, they are ignored and every customer is listed.',
  breaks: ['retrieve.active.filter', 'retrieve.company.filter'],
  install(parts) {
    const retrieve = parts.operations.find((operation) => operation.id === 'retrieve');
    if (retrieve)
      retrieve.parameters = retrieve.parameters.filter((parameter) => !REMOVED_FILTERS.includes(parameter.name));
  },
};
