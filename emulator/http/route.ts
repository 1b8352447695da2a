import type { Endpoint, Format } from '../../lib/contracts/types.ts';

export interface Route {
  endpoint: Endpoint;
  format: Format;
}

const PREFIX = '/apiv2/';

/** `/apiv2/reseller.manage.json` -> {endpoint, format}; undefined for any other path. */
export function parseRoute(path: string, endpoints: ReadonlySet<string>): Route | undefined {
  if (!path.startsWith(PREFIX)) return undefined;
  const dot = path.lastIndexOf('.');
  if (dot <= PREFIX.length) return undefined;
  const endpoint = path.slice(PREFIX.length, dot);
  const format = path.slice(dot + 1);
  if (!endpoints.has(endpoint) || (format !== 'json' && format !== 'xml')) return undefined;
  return { endpoint: endpoint as Endpoint, format };
}
