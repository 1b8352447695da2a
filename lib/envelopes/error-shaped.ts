import type { Exchange } from '../client/exchange.ts';
import type { Format } from '../contracts/types.ts';
import { compiledSchemas } from './compiled-schemas.ts';
import { readJson } from './read-json.ts';
import { readXml } from './read-xml.ts';

/**
 * Is the answer a refusal of any error shape? For rules whose evidence is recorded real answers
 * rather than the seeds (api.auth.not-reseller): JSON `{"error":{...}}` or the documented error
 * list; XML a root `<error>`, or a `<result>` carrying an `<error>` or the error list. The error
 * texts are never judged. Returns what is wrong, or undefined when it is such a refusal.
 */
export function notErrorShaped(exchange: Exchange, format: Format): string | undefined {
  if (exchange.error !== undefined) return exchange.error;
  if (exchange.status >= 500) return `HTTP ${exchange.status}: a 5xx status is never a valid answer`;
  const read = format === 'json' ? readJson(exchange.body) : readXml(exchange.body);
  if (read.value === undefined) return read.problems.map((problem) => problem.message).join('; ') || 'the body cannot be read';
  const errorList = compiledSchemas()[format].find(([kind]) => kind === 'error-list')?.[1];
  if (errorList?.(read.value)) return undefined;
  if (format === 'json' ? isObject(read.value) && isObject(read.value['error']) : carriesXmlError(read.value)) return undefined;
  return `the ${format.toUpperCase()} answer is not an error`;
}

function carriesXmlError(tree: unknown): boolean {
  if (!isObject(tree)) return false;
  const result = tree['result'];
  return 'error' in tree || (isObject(result) && 'error' in result);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
