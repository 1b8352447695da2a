import { requestParameters } from '../http/request-parameters.ts';
import type { Defect } from './defect.ts';

export const postBodyIgnored: Defect = {
  name: 'post-body-ignored',
  description:
    'the form body of a POST is never read: only query-string parameters count, so every POST call is refused ' +
    'for missing credentials (a nearly broken target).',
  breaks: ['api.verb.post'],
  install(parts) {
    parts.requestParams = (query) => requestParameters(query);
  },
};
