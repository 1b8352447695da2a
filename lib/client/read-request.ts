import { loadOperation } from '../contracts/load.ts';
import type { Request } from './exchange.ts';

/** True for retrieve, the one operation that changes nothing and may be sent again after a 5xx. */
export function isRead(request: Request): boolean {
  const retrieve = loadOperation('retrieve');
  if (request.endpoint !== retrieve.endpoint) return false;
  return retrieve.parameters
    .filter((parameter) => parameter.role === 'selector')
    .every((parameter) => {
      const fixed = parameter.constraints.find((constraint) => constraint.kind === 'oneOf');
      const sent = request.params.find(([name]) => name === parameter.name)?.[1];
      return sent !== undefined && (fixed === undefined || (fixed as { values: string[] }).values.includes(sent));
    });
}
